package org.cytobench.ui;

/**
 * The jar's entry point. With arguments it runs the headless command line (no JavaFX class is touched); without, it opens
 * the workbench. A plain class, not the Application itself, because an Application main class started from the class
 * path fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            org.cytobench.cli.Main.main(args);
            return;
        }
        openWorkbench(args);
    }

    // A separate method so that the command-line path never loads CytobenchApp (and with it JavaFX).
    private static void openWorkbench(String[] args) {
        CytobenchApp.main(args);
    }
}

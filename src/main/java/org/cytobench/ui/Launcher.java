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
        org.cytobench.cli.Main.main(args);
    }
}

package org.cytobench.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;
import org.cytobench.desktop.AppDirectories;
import org.cytobench.desktop.DesktopPlatform;
import org.cytobench.desktop.DisplayCheck;
import org.cytobench.desktop.JavaFxNatives;
import org.cytobench.desktop.LaunchRequest;

/**
 * The jar's entry point. A command runs the headless command line (no JavaFX class is touched); no arguments, or one
 * {@code .cytobench} file (a double-click), opens the workbench. A plain class, not the Application itself, because an
 * Application main class started from the class path fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    /** Kept strongly reachable: java.util.logging holds loggers weakly, and a collected logger loses its filter. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) {
        LaunchRequest request = LaunchRequest.parse(args);
        if (request.error() != null) {
            System.err.println(request.error());
            System.exit(org.cytobench.cli.Main.USAGE);
        }
        if (request.settingsDir() != null) System.setProperty(AppDirectories.SETTINGS_PROPERTY, request.settingsDir());
        if (!request.workbench()) {
            org.cytobench.cli.Main.main(request.cliArgs().toArray(String[]::new));
            return;
        }
        System.exit(openWorkbench(request.file()));
    }

    // A separate method so that the command-line path never loads CytobenchApp (and with it JavaFX).
    private static int openWorkbench(String file) {
        StartupClock.mark("launcher");
        DesktopPlatform platform = DesktopPlatform.current();
        if (DisplayCheck.missing(platform, System.getenv(), System.getProperty("glass.platform"))) {
            System.err.println(DisplayCheck.NO_DISPLAY);
            return org.cytobench.cli.Main.USAGE;
        }
        try {
            JavaFxNatives.prepare(JavaFxNatives.runningJar(), platform, AppDirectories.current().cache());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("cytobench: could not unpack the JavaFX libraries into " + AppDirectories.current().cache() + ": " + e.getMessage());
            return org.cytobench.cli.Main.BAD_INPUT;
        }
        quietUnnamedModuleWarning();
        try {
            CytobenchApp.main(file == null ? new String[0] : new String[] {file});
            return org.cytobench.cli.Main.OK;
        } catch (RuntimeException | LinkageError e) {
            // no X server behind DISPLAY, no GTK 3: one line, not the toolkit's stack trace
            System.err.println("cytobench: the workbench window could not be opened (" + rootMessage(e) + "); the command-line"
                    + " commands (fit, import, analyze, new, layout, validate) work without a display: java -jar cytobench.jar --help");
            return org.cytobench.cli.Main.USAGE;
        }
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" whenever it runs from the
     * class path, which a single runnable jar must. It is harmless here (JavaFX 21 supports no other way for a jar that
     * bundles it, and nothing behaves differently); only that one message is dropped, every other JavaFX warning stays.
     */
    private static void quietUnnamedModuleWarning() {
        Filter previous = JAVAFX_LOG.getFilter();
        JAVAFX_LOG.setFilter(r -> !(r.getMessage() != null && r.getMessage().startsWith("Unsupported JavaFX configuration"))
                && (previous == null || previous.isLoggable(r)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

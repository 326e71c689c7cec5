package org.cytobench.desktop;

import java.util.Map;

/**
 * Whether a window can be opened at all, checked before JavaFX is touched so that a workbench started on a server or over
 * plain ssh says so in one line instead of a stack trace from GTK.
 */
public final class DisplayCheck {

    private DisplayCheck() {}

    /** The line printed (exit 3) when no display was found. */
    public static final String NO_DISPLAY = "cytobench: no display found (DISPLAY is not set), so the workbench cannot open;"
            + " the command-line commands (fit, import, analyze, new, layout, validate) work without one: java -jar cytobench.jar --help";

    /**
     * True when this is Linux (or another X11 system) with no {@code DISPLAY}: JavaFX's GTK toolkit needs an X server
     * (it forces GDK's X11 backend; Wayland desktops provide one through XWayland, which sets DISPLAY). Windows and macOS
     * always have a display for a logged-in user. Monocle (headless tests) needs none.
     */
    public static boolean missing(DesktopPlatform platform, Map<String, String> env, String glassPlatform) {
        if (platform.isWindows() || platform.isMac()) return false;
        if ("Monocle".equalsIgnoreCase(glassPlatform)) return false;
        String display = env.get("DISPLAY");
        return display == null || display.isBlank();
    }
}

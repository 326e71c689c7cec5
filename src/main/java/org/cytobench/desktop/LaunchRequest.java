package org.cytobench.desktop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the jar was asked to do, read from its arguments before anything is loaded: the workbench (no arguments, or an
 * experiment file — what a double-click on a {@code .cytobench} file passes — optionally after {@code --settings-dir DIR})
 * or a command-line command (anything else, handed to {@code org.cytobench.cli.Main} untouched).
 *
 * @param workbench   open the window
 * @param file        for the workbench: the experiment to open, or null
 * @param settingsDir {@code --settings-dir DIR}, or null
 * @param cliArgs     for the command line: its arguments
 * @param error       a usage error (exit 3), or null
 */
public record LaunchRequest(boolean workbench, String file, String settingsDir, List<String> cliArgs, String error) {

    public static LaunchRequest parse(String... args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String settings = null;
        while (!rest.isEmpty() && (rest.get(0).equals("--settings-dir") || rest.get(0).startsWith("--settings-dir="))) {
            String a = rest.remove(0);
            if (a.startsWith("--settings-dir=")) {
                settings = a.substring("--settings-dir=".length());
            } else if (rest.isEmpty()) {
                return new LaunchRequest(false, null, null, List.of(), "cytobench: --settings-dir needs a folder");
            } else {
                settings = rest.remove(0);
            }
            if (settings.isBlank()) return new LaunchRequest(false, null, null, List.of(), "cytobench: --settings-dir needs a folder");
        }
        if (rest.isEmpty()) return new LaunchRequest(true, null, settings, List.of(), null);
        if (rest.size() == 1 && rest.get(0).endsWith(".cytobench")) return new LaunchRequest(true, rest.get(0), settings, List.of(), null);
        return new LaunchRequest(false, null, settings, List.copyOf(rest), null);
    }
}

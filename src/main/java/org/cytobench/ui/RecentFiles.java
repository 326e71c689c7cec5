package org.cytobench.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.desktop.AppDirectories;

/**
 * The most recently opened or saved experiment files, newest first, kept in a small text file (one path a line) so that
 * it survives restarts and is easy to inspect. Files that no longer exist are dropped when read.
 */
public final class RecentFiles {

    static final int MAX = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /**
     * The default store: recent-files.txt in the settings folder the OS says (see {@link AppDirectories}; {@code
     * --settings-dir} overrides it).
     */
    public static RecentFiles inUserHome() {
        Path store = AppDirectories.current().recentFiles();
        adoptLegacyList(store, Path.of(System.getProperty("user.home"), ".cytobench", "recent-files.txt"));
        return new RecentFiles(store);
    }

    /**
     * Before settings went where the OS says, the list lived in ~/.cytobench/recent-files.txt: it is copied once to
     * {@code store} (never moved: an older Cytobench on the same PC keeps its own list).
     */
    static void adoptLegacyList(Path store, Path legacy) {
        if (Files.exists(store) || !Files.isRegularFile(legacy)) return;
        try {
            Files.createDirectories(store.getParent());
            Files.copy(legacy, store);
        } catch (IOException | RuntimeException e) {
            // an old list that cannot be copied is simply not carried over
        }
    }

    public List<Path> list() {
        if (!Files.isReadable(store)) return List.of();
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                Path p = Path.of(line.strip());
                if (Files.isRegularFile(p) && !out.contains(p)) out.add(p);
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged list of recent files is not worth an error dialog
        }
    }

    /** Moves {@code file} to the top of the list. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(list());
        next.remove(abs);
        next.add(0, abs);
        while (next.size() > MAX) next.remove(next.size() - 1);
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, next.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // not being able to remember recent files must never stop a save or an open
        }
    }
}

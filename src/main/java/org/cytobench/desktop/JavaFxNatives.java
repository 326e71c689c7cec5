package org.cytobench.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Makes the JavaFX native libraries of this platform loadable before JavaFX starts.
 *
 * <p>The jar carries every desktop's natives under {@code natives/<platform>/} (see pom.xml): macOS x64 and aarch64 (and
 * Linux x64 and aarch64) use the same file names, so none may sit at the jar's root, where JavaFX looks for them. This
 * class copies the running platform's set into a cache folder once (again only when a file's size changed, i.e. another
 * jar version) and puts that folder first on {@code java.library.path}, which JavaFX's loader reads each time it loads a
 * library. When JavaFX's natives are at the class path root (running from Maven, tests) nothing is done.
 */
public final class JavaFxNatives {

    private JavaFxNatives() {}

    /** What {@link #prepare} did, for the log line and for tests. */
    public record Outcome(String description, Path folder) {}

    /**
     * Prepares the natives of {@code platform} found in {@code jar} into a folder under {@code cacheRoot} and adds it to
     * {@code java.library.path}.
     */
    public static Outcome prepare(Path jar, DesktopPlatform platform, Path cacheRoot) throws IOException {
        boolean onClassPath = JavaFxNatives.class.getResource("/" + System.mapLibraryName("glass")) != null;
        if (onClassPath) return new Outcome("JavaFX natives on the class path", null);
        return unpack(jar, platform, cacheRoot);
    }

    /** The unpacking itself (tests call it with a jar of their own). */
    static Outcome unpack(Path jar, DesktopPlatform platform, Path cacheRoot) throws IOException {
        if (jar == null || !Files.isRegularFile(jar)) return new Outcome("not started from a jar; natives left to JavaFX", null);
        String prefix = "natives/" + platform.id() + "/";
        // per version and jar size, so that another build never loads this one's libraries
        Path folder = cacheRoot.resolve("javafx-natives").resolve(AppVersion.current() + "-" + platform.id() + "-" + Files.size(jar));
        int copied = 0;
        try (JarFile jf = new JarFile(jar.toFile())) {
            List<JarEntry> entries = entriesUnder(jf, prefix);
            if (entries.isEmpty()) return new Outcome("no JavaFX natives for " + platform.id() + " in " + jar.getFileName(), null);
            Files.createDirectories(folder);
            for (JarEntry e : entries) {
                Path target = folder.resolve(e.getName().substring(prefix.length()));
                if (Files.isRegularFile(target) && Files.size(target) == e.getSize()) continue;
                copy(jf, e, target);
                copied++;
            }
        }
        prependLibraryPath(folder);
        return new Outcome(copied == 0 ? "JavaFX natives in " + folder : "JavaFX natives copied to " + folder, folder);
    }

    static List<JarEntry> entriesUnder(JarFile jf, String prefix) {
        List<JarEntry> out = new ArrayList<>();
        for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
            JarEntry e = en.nextElement();
            if (!e.isDirectory() && e.getName().startsWith(prefix) && e.getName().indexOf('/', prefix.length()) < 0) out.add(e);
        }
        return out;
    }

    // Temp file and move: two workbenches starting at once must never load a half-written library.
    private static void copy(JarFile jf, JarEntry e, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = jf.getInputStream(e)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicFailed) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void prependLibraryPath(Path folder) {
        String old = System.getProperty("java.library.path", "");
        String mine = folder.toAbsolutePath().toString();
        System.setProperty("java.library.path", old.isEmpty() ? mine : mine + java.io.File.pathSeparator + old);
    }

    /** The jar this class was loaded from, or null (running from a classes folder). */
    public static Path runningJar() {
        try {
            Path p = Path.of(JavaFxNatives.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }
}

package org.cytobench.desktop;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Cytobench keeps its settings (recent files) and its cache (JavaFX natives, the sample experiment), where each
 * operating system says such files go:
 * <ul>
 *   <li>Windows: {@code %APPDATA%\Cytobench} and {@code %LOCALAPPDATA%\Cytobench\cache} (the cache is not roamed);</li>
 *   <li>macOS: {@code ~/Library/Application Support/Cytobench} and {@code ~/Library/Caches/Cytobench};</li>
 *   <li>Linux and others: {@code $XDG_CONFIG_HOME/cytobench} (else {@code ~/.config/cytobench}) and
 *       {@code $XDG_CACHE_HOME/cytobench} (else {@code ~/.cache/cytobench}).</li>
 * </ul>
 * {@code --settings-dir DIR} (the system property {@value #SETTINGS_PROPERTY}) overrides both, for tests and shared PCs:
 * settings in DIR, the cache in DIR/cache. On Linux and macOS "~" is {@code $HOME} when set, as every desktop program
 * there does; the JVM's {@code user.home} comes from the password database and differs under {@code sudo}, in
 * containers and with a redirected home.
 */
public record AppDirectories(Path settings, Path cache) {

    public static final String SETTINGS_PROPERTY = "cytobench.settingsDir";
    /** The older name of the override (before issue 10), still honoured. */
    static final String LEGACY_PROPERTY = "cytobench.home";

    /** For this JVM: its platform, environment, {@code user.home} and the override property. */
    public static AppDirectories current() {
        String override = System.getProperty(SETTINGS_PROPERTY, System.getProperty(LEGACY_PROPERTY));
        return resolve(DesktopPlatform.current(), System.getenv(), System.getProperty("user.home"), override);
    }

    /** The per-OS rule, with everything it depends on passed in (unit-tested for each OS). */
    public static AppDirectories resolve(DesktopPlatform platform, Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override).toAbsolutePath().normalize();
            return new AppDirectories(dir, dir.resolve("cache"));
        }
        if (platform.isWindows()) {
            Path home = Path.of(userHome);
            Path roaming = given(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = given(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new AppDirectories(roaming.resolve("Cytobench"), local.resolve("Cytobench").resolve("cache"));
        }
        Path home = absolute(env.get("HOME"), Path.of(userHome));
        if (platform.isMac()) {
            Path library = home.resolve("Library");
            return new AppDirectories(library.resolve("Application Support").resolve("Cytobench"), library.resolve("Caches").resolve("Cytobench"));
        }
        // XDG base directories: a relative value is invalid and must be ignored (the specification says so)
        Path config = absolute(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path cache = absolute(env.get("XDG_CACHE_HOME"), home.resolve(".cache"));
        return new AppDirectories(config.resolve("cytobench"), cache.resolve("cytobench"));
    }

    private static Path given(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static Path absolute(String value, Path fallback) {
        if (value == null || value.isBlank()) return fallback;
        Path p = Path.of(value);
        return p.isAbsolute() ? p : fallback;
    }

    /** The recent-files list. */
    public Path recentFiles() {
        return settings.resolve("recent-files.txt");
    }
}

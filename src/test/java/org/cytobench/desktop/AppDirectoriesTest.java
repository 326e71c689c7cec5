package org.cytobench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static final DesktopPlatform WINDOWS = DesktopPlatform.of("Windows 11", "amd64");
    private static final DesktopPlatform MAC = DesktopPlatform.of("Mac OS X", "aarch64");
    private static final DesktopPlatform LINUX = DesktopPlatform.of("Linux", "amd64");

    @Test
    void windowsUsesAppDataForSettingsAndLocalAppDataForTheCache() {
        AppDirectories d = AppDirectories.resolve(WINDOWS,
                Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming", "LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"), "C:\\Users\\ana", null);
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Cytobench"), d.settings());
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("Cytobench").resolve("cache"), d.cache());
        assertEquals(d.settings().resolve("recent-files.txt"), d.recentFiles());
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheProfileFolders() {
        AppDirectories d = AppDirectories.resolve(WINDOWS, Map.of(), "C:\\Users\\ana", null);
        assertEquals(Path.of("C:\\Users\\ana").resolve("AppData").resolve("Roaming").resolve("Cytobench"), d.settings());
    }

    @Test
    void macUsesLibraryApplicationSupportAndCaches() {
        AppDirectories d = AppDirectories.resolve(MAC, Map.of("HOME", "/Users/ana"), "/var/root", null);
        assertEquals(Path.of("/Users/ana/Library/Application Support/Cytobench"), d.settings());
        assertEquals(Path.of("/Users/ana/Library/Caches/Cytobench"), d.cache());
    }

    @Test
    void linuxFollowsXdgBaseDirectories() {
        AppDirectories d = AppDirectories.resolve(LINUX, Map.of("HOME", "/home/ana", "XDG_CONFIG_HOME", "/cfg", "XDG_CACHE_HOME", "/tmp/c"), "/home/ana", null);
        assertEquals(Path.of("/cfg/cytobench"), d.settings());
        assertEquals(Path.of("/tmp/c/cytobench"), d.cache());
    }

    @Test
    void linuxWithoutXdgUsesDotConfigUnderHomeNotUserHome() {
        // $HOME wins over user.home (the password database's home, which differs under sudo or a redirected home)
        AppDirectories d = AppDirectories.resolve(LINUX, Map.of("HOME", "/scratch/ana"), "/home/ana", null);
        assertEquals(Path.of("/scratch/ana/.config/cytobench"), d.settings());
        assertEquals(Path.of("/scratch/ana/.cache/cytobench"), d.cache());
    }

    @Test
    void relativeXdgValuesAreIgnoredAsTheSpecificationSays() {
        AppDirectories d = AppDirectories.resolve(LINUX, Map.of("XDG_CONFIG_HOME", "relative/cfg"), "/home/ana", null);
        assertEquals(Path.of("/home/ana/.config/cytobench"), d.settings());
    }

    @Test
    void overrideFolderHoldsSettingsAndCacheOnEveryOs() {
        for (DesktopPlatform p : new DesktopPlatform[] {WINDOWS, MAC, LINUX}) {
            AppDirectories d = AppDirectories.resolve(p, Map.of("APPDATA", "C:\\x", "HOME", "/home/ana"), "/home/ana", "/shared/cytobench-ana");
            assertEquals(Path.of("/shared/cytobench-ana"), d.settings(), p.id());
            assertEquals(Path.of("/shared/cytobench-ana/cache"), d.cache(), p.id());
        }
    }

    @Test
    void platformNamesMatchTheJarsNativesFolders() {
        assertEquals("win-x64", WINDOWS.id());
        assertEquals("mac-aarch64", MAC.id());
        assertEquals("mac-x64", DesktopPlatform.of("Mac OS X", "x86_64").id());
        assertEquals("linux-x64", LINUX.id());
        assertEquals("linux-aarch64", DesktopPlatform.of("Linux", "aarch64").id());
    }
}

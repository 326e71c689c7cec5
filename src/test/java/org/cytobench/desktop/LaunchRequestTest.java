package org.cytobench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchRequestTest {

    @Test
    void noArgumentsOpensTheWorkbench() {
        LaunchRequest r = LaunchRequest.parse();
        assertTrue(r.workbench());
        assertNull(r.file());
        assertNull(r.settingsDir());
    }

    @Test
    void anExperimentFileOpensTheWorkbenchOnIt() {
        LaunchRequest r = LaunchRequest.parse("--settings-dir", "/tmp/s", "/data/run 7.cytobench");
        assertTrue(r.workbench());
        assertEquals("/data/run 7.cytobench", r.file());
        assertEquals("/tmp/s", r.settingsDir());
        assertEquals("/tmp/s2", LaunchRequest.parse("--settings-dir=/tmp/s2").settingsDir());
    }

    @Test
    void commandsGoToTheCommandLineUntouched() {
        LaunchRequest r = LaunchRequest.parse("validate", "x.cytobench");
        assertFalse(r.workbench());
        assertEquals(List.of("validate", "x.cytobench"), r.cliArgs());
        assertEquals(List.of("--version"), LaunchRequest.parse("--version").cliArgs());
    }

    @Test
    void settingsDirWithoutAFolderIsAUsageError() {
        assertEquals("cytobench: --settings-dir needs a folder", LaunchRequest.parse("--settings-dir").error());
        assertEquals("cytobench: --settings-dir needs a folder", LaunchRequest.parse("--settings-dir=").error());
    }

    @Test
    void noDisplayOnlyWhereAnXServerIsNeeded() {
        DesktopPlatform linux = DesktopPlatform.of("Linux", "amd64");
        assertTrue(DisplayCheck.missing(linux, Map.of(), null));
        assertTrue(DisplayCheck.missing(linux, Map.of("DISPLAY", " "), null));
        assertFalse(DisplayCheck.missing(linux, Map.of("DISPLAY", ":0"), null));
        assertFalse(DisplayCheck.missing(linux, Map.of(), "Monocle"));
        assertFalse(DisplayCheck.missing(DesktopPlatform.of("Windows 10", "amd64"), Map.of(), null));
        assertFalse(DisplayCheck.missing(DesktopPlatform.of("Mac OS X", "aarch64"), Map.of(), null));
    }

    @Test
    void installerVersionsAreDigitsAndDots() {
        assertEquals("0.1.0", AppVersion.numeric("0.1.0-SNAPSHOT"));
        assertEquals("1.2", AppVersion.numeric("1.2"));
        assertEquals("0.0.0", AppVersion.numeric("unknown"));
    }

    @Test
    void versionComesFromThePom() {
        assertTrue(AppVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), AppVersion.current());
    }
}

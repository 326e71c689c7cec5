package org.cytobench.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxNativesTest {

    @TempDir
    Path dir;
    private String libraryPath;

    @BeforeEach
    void keepLibraryPath() { libraryPath = System.getProperty("java.library.path"); }

    @AfterEach
    void restoreLibraryPath() { System.setProperty("java.library.path", libraryPath); }

    private Path jar(String... namesAndContents) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream f = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(f)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                j.putNextEntry(new JarEntry(namesAndContents[i]));
                j.write(namesAndContents[i + 1].getBytes());
                j.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void unpacksOnlyThisPlatformsLibrariesAndPutsThemFirstOnTheLibraryPath() throws IOException {
        Path jar = jar("natives/mac-aarch64/libglass.dylib", "arm", "natives/mac-x64/libglass.dylib", "intel-x64",
                "natives/mac-aarch64/sub/ignored.txt", "no");
        JavaFxNatives.Outcome o = JavaFxNatives.unpack(jar, DesktopPlatform.of("Mac OS X", "aarch64"), dir.resolve("cache"));
        assertArrayEquals("arm".getBytes(), Files.readAllBytes(o.folder().resolve("libglass.dylib")));
        assertFalse(Files.exists(o.folder().resolve("sub")));
        assertTrue(System.getProperty("java.library.path").startsWith(o.folder().toAbsolutePath() + java.io.File.pathSeparator)
                || System.getProperty("java.library.path").equals(o.folder().toAbsolutePath().toString()));
        assertTrue(o.description().startsWith("JavaFX natives copied to"), o.description());
    }

    @Test
    void secondStartReusesTheCopyAndRepairsADamagedOne() throws IOException {
        Path jar = jar("natives/linux-x64/libglass.so", "x86-64 glass");
        DesktopPlatform linux = DesktopPlatform.of("Linux", "amd64");
        Path folder = JavaFxNatives.unpack(jar, linux, dir.resolve("cache")).folder();
        assertTrue(JavaFxNatives.unpack(jar, linux, dir.resolve("cache")).description().startsWith("JavaFX natives in"));
        Files.writeString(folder.resolve("libglass.so"), "trunc");
        JavaFxNatives.unpack(jar, linux, dir.resolve("cache"));
        assertEquals("x86-64 glass", Files.readString(folder.resolve("libglass.so")));
    }

    @Test
    void saysSoWhenThePlatformIsNotInTheJar() throws IOException {
        Path jar = jar("natives/linux-x64/libglass.so", "x");
        JavaFxNatives.Outcome o = JavaFxNatives.unpack(jar, DesktopPlatform.of("FreeBSD", "riscv64"), dir.resolve("cache"));
        assertNull(o.folder());
        assertEquals("no JavaFX natives for other-riscv64 in app.jar", o.description());
    }
}

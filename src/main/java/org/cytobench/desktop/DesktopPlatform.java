package org.cytobench.desktop;

import java.util.Locale;

/**
 * The operating system and processor a desktop program runs on, as the names of the folders under {@code natives/} in
 * the jar ({@code win-x64}, {@code mac-aarch64}, {@code linux-x64}, …) and of the places settings go.
 *
 * @param os   {@code win}, {@code mac}, {@code linux} or {@code other}
 * @param arch {@code x64}, {@code aarch64} or the JVM's own name for anything else
 */
public record DesktopPlatform(String os, String arch) {

    /** The platform of this JVM. */
    public static DesktopPlatform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** From the JVM's {@code os.name} and {@code os.arch} (e.g. "Windows 11"/"amd64", "Mac OS X"/"aarch64"). */
    public static DesktopPlatform of(String osName, String osArch) {
        String n = osName.toLowerCase(Locale.ROOT);
        String os = n.startsWith("windows") ? "win" : n.startsWith("mac") || n.startsWith("darwin") ? "mac"
                : n.startsWith("linux") ? "linux" : "other";
        String a = osArch.toLowerCase(Locale.ROOT);
        String arch = a.equals("amd64") || a.equals("x86_64") || a.equals("x64") ? "x64"
                : a.equals("aarch64") || a.equals("arm64") ? "aarch64" : a;
        return new DesktopPlatform(os, arch);
    }

    public boolean isWindows() { return os.equals("win"); }
    public boolean isMac() { return os.equals("mac"); }

    /** The folder name under {@code natives/} in the jar, e.g. {@code mac-aarch64}. */
    public String id() {
        return os + "-" + arch;
    }
}

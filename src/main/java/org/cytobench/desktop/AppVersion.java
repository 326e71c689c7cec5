package org.cytobench.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, from pom.xml through the filtered resource {@code org/cytobench/version.properties}. */
public final class AppVersion {

    private AppVersion() {}

    /** E.g. {@code 0.1.0-SNAPSHOT}; "unknown" only when the resource is missing (classes not built by Maven). */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/cytobench/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The version without a Maven qualifier, as installers want it (jpackage accepts only digits and dots). */
    public static String numeric(String version) {
        String digits = version.replaceAll("[^0-9.].*$", "");
        return digits.isEmpty() ? "0.0.0" : digits.replaceAll("\\.$", "");
    }
}

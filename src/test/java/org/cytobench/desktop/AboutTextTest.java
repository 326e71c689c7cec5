package org.cytobench.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AboutTextTest {

    @Test
    void namesVersionLicenceLibrariesAndTheSettingsFolder() {
        AppDirectories dirs = AppDirectories.resolve(DesktopPlatform.of("Linux", "amd64"), Map.of("HOME", "/home/ana"), "/home/ana", null);
        String text = AboutText.of("1.2.3", dirs);
        assertTrue(text.startsWith("Cytobench 1.2.3\n"), text);
        assertTrue(text.contains("Apache License 2.0"), text);
        assertTrue(text.contains("OpenJFX (JavaFX) 21.0.12 — GPL-2.0 with Classpath Exception"), text);
        assertTrue(text.contains("Settings and recent files: " + Path.of("/home/ana/.config/cytobench")), text);
    }

    @Test
    void listedLibraryVersionsAreTheOnesOnTheClassPath() {
        String cp = System.getProperty("java.class.path");
        for (String jar : new String[] {"javafx-graphics-21.0.12", "commons-math3-3.6.1", "jackson-databind-2.23.0", "jfreechart-1.5.6",
                "org.jfree.chart.fx-2.0.2", "pdfbox-3.0.8", "graphics2d-3.0.5", "poi-5.5.1"}) {
            assertTrue(cp.contains(jar), jar + " not on the class path: AboutText.LIBRARIES is out of date");
        }
    }

    @Test
    void noBundledLibraryIsGpl3() {
        // Cytobench is Apache-2.0: JFreeSVG (GPL-3.0) was replaced by org.cytobench.chart.svg (decision 0010)
        for (AboutText.Library l : AboutText.LIBRARIES) assertFalse(l.licence().contains("GPL-3"), l.toString());
        assertFalse(System.getProperty("java.class.path").contains("org.jfree.svg"), "JFreeSVG is back on the class path");
    }

    @Test
    void everyHelpDocumentIsPackedInTheJar() {
        for (AboutText.Doc d : AboutText.DOCS) assertNotNull(AboutText.class.getResource(d.resource()), d.resource());
    }
}

package org.cytobench.desktop;

import java.util.List;

/** What Help → About says: version, licence, the libraries inside and their licences, where settings are kept. */
public final class AboutText {

    private AboutText() {}

    /** A library bundled in the jar, its licence, and what Cytobench uses it for. */
    public record Library(String name, String version, String licence, String use) {}

    /** Keep in step with pom.xml (AboutTextTest checks each version against the jars on the class path). */
    public static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "21.0.12", "GPL-2.0 with Classpath Exception", "the workbench window"),
            new Library("Apache Commons Math", "3.6.1", "Apache-2.0", "curve fitting, statistics"),
            new Library("Jackson", "2.23.0", "Apache-2.0", "the .cytobench file, JSON output"),
            new Library("JFreeChart", "1.5.6", "LGPL-2.1-or-later", "charts"),
            new Library("JFreeChart-FX", "2.0.2", "LGPL-2.1-or-later", "charts in the window"),
            new Library("Apache PDFBox", "3.0.8", "Apache-2.0", "PDF report and charts"),
            new Library("pdfbox-graphics2d", "3.0.5", "Apache-2.0", "charts drawn into PDF"),
            new Library("DejaVu Sans, Liberation Sans fonts", "bundled", "Bitstream Vera licence, SIL OFL 1.1", "text in PDFs"),
            new Library("Apache POI", "5.5.1", "Apache-2.0", "Excel import and export"));

    public static String of(String version, AppDirectories dirs) {
        StringBuilder b = new StringBuilder();
        b.append("Cytobench ").append(version).append('\n');
        b.append("Cytokine assay workbench: plate layouts, plate-reader import, standard curves, QC, dose-response statistics.\n\n");
        b.append("Licence: Apache License 2.0 (the LICENSE file, also under Help → Documentation).\n\n");
        b.append("Libraries included:\n");
        for (Library l : LIBRARIES) b.append("  ").append(l.name()).append(' ').append(l.version()).append(" — ").append(l.licence())
                .append(" (").append(l.use()).append(")\n");
        b.append("\nSettings and recent files: ").append(dirs.settings()).append('\n');
        b.append("Cache (JavaFX libraries, sample copy): ").append(dirs.cache()).append('\n');
        b.append("Another folder: start with --settings-dir DIR.\n");
        b.append("\nJava ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor")).append("), ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        return b.toString();
    }

    /** The documents packed in the jar (pom.xml copies them to org/cytobench/docs/): menu title and resource. */
    public record Doc(String title, String resource) {}

    public static final List<Doc> DOCS = List.of(
            new Doc("Read me (commands, set-up)", "/org/cytobench/docs/README.md"),
            new Doc("Curve fitting", "/org/cytobench/docs/fitting.md"),
            new Doc("QC rules", "/org/cytobench/docs/qc.md"),
            new Doc("Statistics", "/org/cytobench/docs/statistics.md"),
            new Doc("The .cytobench file format", "/org/cytobench/docs/file-format.md"),
            new Doc("Licence", "/org/cytobench/docs/LICENSE"));
}

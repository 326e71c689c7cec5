package org.cytobench.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What PDFBox warns about while it opens, reads and renders PDF files. PDFBox logs through commons-logging to the Log4j
 * API, which without a provider prints only errors, to the stream it found when it started; so the files are read in a
 * JVM of their own with warnings switched on ({@link #warnings}), whose output is the warnings.
 */
public final class PdfBoxWarnings {
    private PdfBoxWarnings() {}

    /** Reads each file named; prints what PDFBox logs (at WARN and above) on stderr. */
    public static void main(String[] args) throws IOException {
        for (String f : args) {
            try (PDDocument doc = Loader.loadPDF(new File(f))) {
                new PDFTextStripper().getText(doc);
                new PDFRenderer(doc).renderImage(0, 0.5f);
            }
        }
    }

    /** The warnings PDFBox logs reading {@code files}, one a line, besides the Log4j API's note that it has no provider. */
    public static List<String> warnings(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.apache.logging.log4j.simplelog.level=WARN", "-cp",
                System.getProperty("java.class.path"), PdfBoxWarnings.class.getName()));
        for (Path f : files) cmd.add(f.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int rc = p.waitFor();
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank() && !line.contains("could not find a logging provider")) lines.add(line);
        }
        if (rc != 0) lines.add("exit code " + rc);
        return lines;
    }
}

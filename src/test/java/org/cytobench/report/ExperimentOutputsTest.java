package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.cytobench.pdf.PdfContent;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentOutputsTest {

    static Project sample() throws Exception {
        return new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
    }

    @Test
    void reportsEveryStepInOrder(@TempDir Path dir) throws Exception {
        List<String> steps = new ArrayList<>();
        Progress p = new Progress() {
            @Override
            public void step(String what, int done, int total) { steps.add(done + "/" + total + " " + what); }

            @Override
            public boolean isCancelled() { return false; }
        };
        ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(72, false), p);
        assertEquals(List.of("0/9 analysing IL-6", "1/9 analysing TNF-α", "2/9 analysing IL-10", "3/9 dose response of IL-6",
                "4/9 dose response of TNF-α", "5/9 dose response of IL-10", "6/9 tables", "8/9 report", "9/9 done"), steps);
    }

    @Test
    void reportAndChartPdfsHoldRealTextInEmbeddedFontsOnly(@TempDir Path dir) throws Exception {
        ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(36, true), Progress.NONE);
        PdfContent report = PdfContent.of(Files.readAllBytes(dir.resolve("report.pdf")));
        String text = report.flatText();
        // the methods state the culture volume from the culture wells; α, µ, ± and – are text, not outlines
        for (String s : new String[] {"TNF-α", "100 µL/well", "Culture: 3 donors, 1,000,000 cells/mL, 100 µL/well.",
                "error bars mean ± SD", "Dose response: TNF-α (pg/mL)", "±25", "IL-6 — raw OD 450", "standard curve",
                "Tα1", "page 1 of "}) {
            assertTrue(text.contains(s), "'" + s + "' in report.pdf");
        }
        assertTrue(report.pages().size() >= 8, "pages: " + report.pages().size());
        assertFonts(report, "LiberationSans", "LiberationSans-Bold", "DejaVuSans", "DejaVuSans-Bold");

        PdfContent curve = PdfContent.of(Files.readAllBytes(dir.resolve("plate02-TNF-alpha-curve.pdf")));
        assertTrue(curve.flatText().contains("TNF-α — standard curve"), curve.flatText());
        assertTrue(curve.flatText().contains("Concentration (pg/mL)"), curve.flatText());
        assertFonts(curve, "DejaVuSans");
    }

    /** The threads write() starts (not the workbench's own long-lived workers, which other tests in this JVM leave). */
    private static boolean noOutputThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> (t.getName().startsWith("cytobench-charts-") || t.getName().equals("cytobench-tables")) && t.isAlive());
    }

    /** Every font on every page (forms included) is an embedded TrueType subset, and the expected families are there. */
    private static void assertFonts(PdfContent pdf, String... expected) {
        for (PdfContent.FontUse f : pdf.fonts()) assertTrue(f.embeddedTrueType() && f.subset(), "embedded subset: " + f);
        for (String family : expected) {
            assertTrue(pdf.fonts().stream().anyMatch(f -> f.name().endsWith("+" + family)), family + " in " + pdf.fonts());
        }
    }

    @Test
    void cancellingStopsBeforeTheReportIsWritten(@TempDir Path dir) throws Exception {
        int[] calls = {0};
        Progress cancelAfterFirstPlate = new Progress() {
            @Override
            public void step(String what, int done, int total) { calls[0]++; }

            @Override
            public boolean isCancelled() { return calls[0] >= 1; }
        };
        assertThrows(CancellationException.class,
                () -> ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(72, false), cancelAfterFirstPlate));
        assertTrue(Files.notExists(dir.resolve("report.pdf")));
        assertTrue(Files.notExists(dir.resolve("wells.csv")));
    }

    @Test
    void cancellingWhileChartsAreDrawnStopsTheDrawingAndWritesNoReport(@TempDir Path dir) throws Exception {
        CancelAtStep cancelAtCharts = new CancelAtStep("charts"::equals);
        assertThrows(CancellationException.class,
                () -> ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(36, true), cancelAtCharts));
        assertTrue(Files.notExists(dir.resolve("report.pdf")));
        assertTrue(Files.exists(dir.resolve("wells.csv")), "the tables were written before the charts started");
        // write() returns only after the threads it stopped have ended (its contract), so this holds at once, under any load
        assertTrue(noOutputThreadAlive(), "no chart or table thread is left writing");
    }

    @Test
    void cancellingDuringTheDoseResponsesStopsThePlateChartsAlreadyStarted(@TempDir Path dir) throws Exception {
        // the plates' charts start before the dose-response statistics (so both cores work); a cancel there must stop them
        CancelAtStep cancelAtDoses = new CancelAtStep(what -> what.startsWith("dose response"));
        assertThrows(CancellationException.class,
                () -> ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(36, true), cancelAtDoses));
        assertTrue(cancelAtDoses.reached, "the run got as far as the dose responses");
        assertTrue(Files.notExists(dir.resolve("report.pdf")));
        assertTrue(Files.notExists(dir.resolve("wells.csv")), "the tables come after the statistics");
        assertTrue(noOutputThreadAlive(), "no chart thread is left writing");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                // every chart file that exists is complete: a PNG ends with its IEND chunk, a PDF with %%EOF
                byte[] b = Files.readAllBytes(f);
                String name = f.getFileName().toString();
                if (name.endsWith(".png")) assertEquals("IEND", new String(b, b.length - 8, 4, java.nio.charset.StandardCharsets.US_ASCII), name);
                if (name.endsWith(".pdf")) assertTrue(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"), name);
            }
        }
    }

    @Test
    void anInterruptedCancellationStillWaitsForTheChartThreadsAndKeepsTheInterrupt(@TempDir Path dir) throws Exception {
        // the workbench's cancel button interrupts the thread running write(); the wait for the chart threads must not end early
        Progress interruptAtCharts = new Progress() {
            private boolean cancelled;

            @Override
            public void step(String what, int done, int total) {
                if (what.equals("charts")) {
                    cancelled = true;
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isCancelled() { return cancelled; }
        };
        try {
            assertThrows(CancellationException.class,
                    () -> ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(36, true), interruptAtCharts));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted(); // leave JUnit's thread clean
        }
        assertTrue(noOutputThreadAlive(), "no chart or table thread is left writing");
        assertTrue(Files.notExists(dir.resolve("report.pdf")));
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                assertTrue(javax.imageio.ImageIO.read(f.toFile()) != null, "a chart file written is complete: " + f);
            }
        }
    }

    /** Progress that asks to stop from the first step whose message {@code at} accepts on. */
    private static final class CancelAtStep implements Progress {
        private final java.util.function.Predicate<String> at;
        private volatile boolean reached;

        CancelAtStep(java.util.function.Predicate<String> at) { this.at = at; }

        @Override
        public void step(String what, int done, int total) { if (at.test(what)) reached = true; }

        @Override
        public boolean isCancelled() { return reached; }
    }
}

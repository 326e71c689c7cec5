package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
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
        boolean[] charts = {false};
        Progress cancelAtCharts = new Progress() {
            @Override
            public void step(String what, int done, int total) { if (what.equals("charts")) charts[0] = true; }

            @Override
            public boolean isCancelled() { return charts[0]; }
        };
        assertThrows(CancellationException.class,
                () -> ExperimentOutputs.write(sample(), dir, new ExperimentOutputs.Options(36, true), cancelAtCharts));
        assertTrue(Files.notExists(dir.resolve("report.pdf")));
        assertTrue(Files.exists(dir.resolve("wells.csv")), "the tables were written before the charts started");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("cytobench-charts") && t.isAlive()),
                "no chart thread is left drawing");
    }
}

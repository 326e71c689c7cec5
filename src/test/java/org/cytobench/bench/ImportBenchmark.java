package org.cytobench.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Import of a 384-well multi-read export: a Gen5 text export (header, procedure, a 16×24 Layout and a Results matrix with
 * 450, 630 and Blank 450 lines for every plate row, about 40 KB), made in {@link #makeExport()}. Measures the whole
 * {@code PlateImporters.importFile} call with auto-detection (every registered importer sniffs the file, Gen5 reads it).
 * Target: under 5 ms. Run with {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="ImportBenchmark -f 1 -wi 3 -i 5"};
 * results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmark {

    private SourceFile export;

    @Setup
    public void makeExport() throws ImportException {
        StringBuilder sb = new StringBuilder();
        String[] header = {"", "", "Software Version\t3.12.08", "", "Experiment File Path:\tC:\\bench.xpt", "Protocol File Path:\t", "",
            "Plate Number\tPlate 1", "Date\t11/25/2026", "Time\t9:00:00 AM", "Reader Type:\tSynergy H1", "Reader Serial Number:\t1",
            "Reading Type\tReader", "", "Procedure Details", "", "Plate Type\t384 WELL PLATE", "Read\tAbsorbance Endpoint",
            "\tFull Plate", "\tWavelengths:  450, 630", ""};
        for (String h : header) sb.append(h).append("\r\n");
        sb.append("Layout\r\n").append(columns());
        for (int r = 0; r < 16; r++) {
            sb.append((char) ('A' + r));
            for (int c = 0; c < 24; c++) sb.append('\t').append(c < 2 ? "STD" + (r % 8 + 1) : "SPL" + (r * 24 + c));
            sb.append("\tWell ID\r\n");
            for (int c = 0; c < 24; c++) sb.append('\t').append(c < 2 ? Integer.toString(1000 >> (r % 8)) : "");
            sb.append("\tConc/Dil\r\n");
        }
        sb.append("\r\nResults\r\n").append(columns());
        for (int r = 0; r < 16; r++) {
            line(sb, String.valueOf((char) ('A' + r)), r, 0.05, 0.15, "450");
            line(sb, "", r, 0.04, 0.001, "630");
            line(sb, "", r, -0.01, 0.15, "Blank 450");
        }
        sb.append("\r\n");
        export = new SourceFile("bench_384_two_reads.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
        ImportResult check = PlateImporters.importFile(export, null);
        if (!check.format().equals("gen5-text") || check.plates().get(0).reads().size() != 3
                || check.plates().get(0).reads().get(0).values().size() != 384) {
            throw new IllegalStateException("the benchmark export was not read as intended: " + check.plates());
        }
    }

    private static String columns() {
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= 24; c++) sb.append('\t').append(c);
        return sb.append("\r\n").toString();
    }

    private static void line(StringBuilder sb, String label, int r, double base, double step, String name) {
        sb.append(label);
        for (int c = 0; c < 24; c++) sb.append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", base + r * step + c * 0.003));
        sb.append('\t').append(name).append("\r\n");
    }

    @Benchmark
    public ImportResult importGen5Text384TwoReads() throws ImportException {
        return PlateImporters.importFile(export, null);
    }
}

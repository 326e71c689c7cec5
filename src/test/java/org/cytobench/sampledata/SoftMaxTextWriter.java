package org.cytobench.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * Writes an endpoint 450/570 nm plate as Molecular Devices SoftMax Pro exports it to text ("PlateFormat"), modelled on
 * real SoftMax Pro exports: a {@code ##BLOCKS=} count, a Note block, the Plate block whose header line carries the
 * format, read type, wavelength count and wavelengths, the two wavelength grids side by side with the temperature in
 * the first row, a "Group: Standards" table computed by SoftMax from the reduced (450 − 570) values, and the trailer
 * line. Encoded as UTF-16LE with a BOM and CRLF, as SoftMax Pro writes it.
 */
final class SoftMaxTextWriter {
    private SoftMaxTextWriter() {}

    record Header(String plateName, List<String> notes, double temperatureC, String originalFilename, String savedAt) {}

    static List<String> lines(Header h, AssayPlate layout, ElisaPlateSimulator.Reads reads) {
        List<String> out = new ArrayList<>();
        out.add("##BLOCKS= 3");
        out.add("Note:");
        out.addAll(h.notes());
        out.add("~End");
        out.add("Plate:\t" + h.plateName() + "\t1.3\tPlateFormat\tEndpoint\tAbsorbance\tRaw\tFALSE\t1\t\t\t\t\t\t2\t450 570 \t1\t12\t96\t1\t8");
        StringBuilder head = new StringBuilder("\tTemperature(\u00A1C)");
        for (int c = 1; c <= 12; c++) head.append('\t').append(c);
        head.append('\t');
        for (int c = 1; c <= 12; c++) head.append('\t').append(c);
        out.add(head.toString());
        for (int r = 0; r < 8; r++) {
            StringBuilder line = new StringBuilder("\t").append(r == 0 ? ExportText.trimmed(h.temperatureC(), 1) : "");
            for (int c = 0; c < 12; c++) line.append('\t').append(value450(reads, new WellPosition(r, c)));
            line.append('\t');
            for (int c = 0; c < 12; c++) line.append('\t').append(ExportText.trimmed(reads.od570().get(new WellPosition(r, c)), 4));
            out.add(line.toString());
        }
        out.add("");
        out.add("~End");
        out.addAll(standardsGroup(layout, reads));
        out.add("Original Filename: " + h.originalFilename() + "; Date Last Saved: " + h.savedAt());
        return out;
    }

    private static String value450(ElisaPlateSimulator.Reads reads, WellPosition w) {
        String m = reads.markers450().get(w);
        return m != null ? m : ExportText.trimmed(reads.od450().get(w), 4);
    }

    /** The reduced value SoftMax uses in group tables: the rounded 450 minus the rounded 570 read. */
    private static double reduced(ElisaPlateSimulator.Reads reads, WellPosition w) {
        return Double.parseDouble(ExportText.trimmed(reads.od450().get(w), 4))
                - Double.parseDouble(ExportText.trimmed(reads.od570().get(w), 4));
    }

    private static List<String> standardsGroup(AssayPlate layout, ElisaPlateSimulator.Reads reads) {
        // Standards by level, highest first; the zero standard last, as St08.
        TreeMap<Double, List<WellPosition>> byLevel = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Map.Entry<WellPosition, AssayWell> e : layout.wells().entrySet()) {
            WellRole role = e.getValue().role();
            if (role == WellRole.STANDARD || role == WellRole.ZERO_STANDARD) {
                byLevel.computeIfAbsent(e.getValue().nominalConcentration(), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        List<String> out = new ArrayList<>(List.of("Group: Standards", "Sample\tWells\tConcentration\tValues\tMeanValue\tStd.Dev.\tCV%"));
        int n = 0;
        for (Map.Entry<Double, List<WellPosition>> level : byLevel.entrySet()) {
            List<WellPosition> wells = level.getValue();
            double[] v = wells.stream().mapToDouble(w -> reduced(reads, w)).toArray();
            double mean = java.util.Arrays.stream(v).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
            out.add(String.format(java.util.Locale.ROOT, "St%02d\t%s\t%s\t%s\t%s\t%s\t%s", ++n, wells.get(0).label(),
                    ExportText.fixed(level.getKey(), 3), ExportText.fixed(v[0], 3), ExportText.fixed(mean, 3),
                    ExportText.fixed(sd, 3), ExportText.fixed(100 * sd / mean, 3)));
            for (int i = 1; i < wells.size(); i++) out.add(" \t" + wells.get(i).label() + "\t \t" + ExportText.fixed(v[i], 3));
        }
        out.addAll(List.of("", "Group Column\tFormula Name\tFormula\tPrecision\tNotation",
                "1\tSample\t!SampleNames\t3 decimal places\tNumeric",
                "2\tWells\t!WellIDs\t3 decimal places\tNumeric",
                "3\tConcentration\t!SampleDescriptor\t3 decimal places\tNumeric",
                "4\tValues\t!WellValues\t3 decimal places\tNumeric",
                "5\tMeanValue\tAverage(!WellValues)\t3 decimal places\tNumeric",
                "6\tStd.Dev.\tStdev(!WellValues)\t3 decimal places\tNumeric",
                "7\tCV%\tCv(!WellValues)\t3 decimal places\tNumeric",
                "", "Group Summaries", "~End"));
        return out;
    }
}

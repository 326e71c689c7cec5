package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cytobench.io.ImportException;
import org.cytobench.io.KineticCollector;
import org.cytobench.io.ReadCollector;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Reads a PlateFormat plate section: a column header ({@code Time | Temperature | 1 … 12 | | 1 … 12}, one run of column
 * numbers per wavelength), then one grid of plate rows per read (the wavelengths side by side; a kinetic read repeats the
 * grid per time point, its time in the first field), then optionally SoftMax's reduced values as a second header and grid.
 */
final class SoftMaxPlateFormatReader {
    private SoftMaxPlateFormatReader() {}

    /** Name of the read holding SoftMax's own reduced values (e.g. 450 − 650); always {@link ReadKind#DERIVED}. */
    static final String REDUCED = "Reduced";

    private static final Pattern WELL = Pattern.compile("[A-Pa-p]\\d{1,2}");

    static PlateData read(SoftMaxSection s, SoftMaxPlateHeader h, String plateName) throws ImportException {
        String what = "plate '" + h.name() + "'";
        if (!s.skipBlank()) throw s.error(s.where(), what + " holds no data: expected a column header line (Temperature, 1, 2, …)");
        String headWhere = s.where();
        String[] head = s.next();
        List<int[][]> runs = s.columnRuns(head, h.format(), headWhere, what);
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        if (h.reducedOnly()) {
            reads.add(reducedGrid(s, h, runs.get(0), what));
        } else {
            List<String> names = h.readNames();
            if (runs.size() != names.size()) {
                throw s.error(headWhere, "expected " + names.size() + " groups of columns (one per wavelength: "
                        + String.join(", ", names) + ") in the header of " + what + ", found " + runs.size());
            }
            if (h.kinetic()) kinetic.addAll(kineticGrids(s, h, runs, names, what));
            else reads.addAll(endpointGrid(s, h, runs, names, what));
            if (s.skipBlank()) {
                String where = s.where();
                List<int[][]> reducedRuns = s.columnRuns(s.next(), h.format(), where, "the reduced values of " + what);
                reads.add(reducedGrid(s, h, reducedRuns.get(0), what));
            }
        }
        if (s.skipBlank()) throw s.error(s.where(), "expected the end of " + what + " (~End), found more data");
        return new PlateData(plateName, h.format().rows(), h.format().columns(), reads, kinetic);
    }

    private static List<Read> endpointGrid(SoftMaxSection s, SoftMaxPlateHeader h, List<int[][]> runs, List<String> names,
                                           String what) throws ImportException {
        List<ReadCollector> cs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) cs.add(new ReadCollector());
        if (!s.skipBlank()) throw s.error(s.where(), "expected the plate rows of " + what + ", found the end of the plate section");
        for (int r = 0; r < h.format().rows(); r++) {
            String[] f = row(s, h, r, what, runs.get(0));
            for (int w = 0; w < runs.size(); w++) {
                for (int[] ic : runs.get(w)) cs.get(w).put(new WellPosition(r, ic[1]), s.cell(f, ic[0]));
            }
        }
        List<Read> reads = new ArrayList<>();
        for (int w = 0; w < runs.size(); w++) reads.add(cs.get(w).build(names.get(w), ReadKind.RAW, h.wavelengthNm(w)));
        return reads;
    }

    private static List<KineticRead> kineticGrids(SoftMaxSection s, SoftMaxPlateHeader h, List<int[][]> runs, List<String> names,
                                                  String what) throws ImportException {
        List<KineticCollector> cs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) cs.add(new KineticCollector());
        for (int k = 0; k < h.kineticPoints(); k++) {
            if (!s.skipBlank() || (k > 0 && isHeader(s.peek(), runs.get(0)))) {
                throw s.error(s.where(), "expected " + h.kineticPoints() + " kinetic reads in " + what
                        + " (as its Plate: line says), found " + k);
            }
            String timeWhere = s.where();
            double t = SoftMaxTimes.seconds(s.peek().length > 0 ? s.peek()[0] : "", s, timeWhere);
            for (KineticCollector c : cs) c.nextTimePoint(t);
            for (int r = 0; r < h.format().rows(); r++) {
                String[] f = row(s, h, r, what, runs.get(0));
                for (int w = 0; w < runs.size(); w++) {
                    for (int[] ic : runs.get(w)) cs.get(w).put(new WellPosition(r, ic[1]), s.cell(f, ic[0]));
                }
            }
        }
        List<KineticRead> out = new ArrayList<>();
        for (int w = 0; w < runs.size(); w++) out.add(cs.get(w).build(names.get(w), h.wavelengthNm(w)));
        return out;
    }

    private static Read reducedGrid(SoftMaxSection s, SoftMaxPlateHeader h, int[][] run, String what) throws ImportException {
        ReadCollector rc = new ReadCollector();
        if (s.atEmptyOrEnd()) throw s.error(s.where(), "expected the rows of reduced values of " + what + " after its column header");
        for (int r = 0; r < h.format().rows(); r++) {
            String[] f = row(s, h, r, "the reduced values of " + what, run);
            for (int[] ic : run) rc.put(new WellPosition(r, ic[1]), s.cell(f, ic[0]));
        }
        return rc.build(REDUCED, ReadKind.DERIVED, null);
    }

    /**
     * The next line as plate row {@code r}; fails when the section ends early or a header appears instead. A line of tabs
     * inside the grid is a row whose wells were not read (a partial plate); an empty line ends the grid, so a grid with a
     * row missing is refused instead of being read shifted.
     */
    private static String[] row(SoftMaxSection s, SoftMaxPlateHeader h, int r, String what, int[][] headerRun) throws ImportException {
        int rows = h.format().rows();
        if (s.atEmptyOrEnd()) {
            throw s.error(s.where(), "expected " + rows + " plate rows (A–" + (char) ('A' + rows - 1) + ") in " + what
                    + ", found " + r);
        }
        String where = s.where();
        String[] f = s.next();
        if (headerRun != null && f.length > 1 && f[0].isBlank() && f[1].isBlank() && isHeader(f, headerRun)) {
            throw s.error(where, "expected plate row " + (char) ('A' + r) + " of " + what + ", found a column header line");
        }
        return f;
    }

    private static boolean isHeader(String[] f, int[][] firstRun) {
        if (f.length <= firstRun[firstRun.length - 1][0]) return false;
        for (int[] ic : firstRun) if (!f[ic[0]].strip().equals(Integer.toString(ic[1] + 1))) return false;
        return true;
    }

    /** "450 nm" for a wavelength, else the read's name. */
    static String describe(String readName) {
        return readName.chars().allMatch(Character::isDigit) ? readName + " nm" : readName;
    }

    static boolean looksLikeWell(String s) {
        return WELL.matcher(s.strip()).matches();
    }
}

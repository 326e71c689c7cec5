package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.KineticCollector;
import org.cytobench.io.ReadCollector;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Reads a TimeFormat plate section: a column header ({@code Time | Temperature | A1 … H12}), then for each wavelength a
 * block of lines (one line per read; a single line for an endpoint read) separated by blank lines, then optionally
 * SoftMax's reduced values as a second header plus one line. With data type "Reduced" only that last part is present.
 */
final class SoftMaxTimeFormatReader {
    private SoftMaxTimeFormatReader() {}

    static PlateData read(SoftMaxSection s, SoftMaxPlateHeader h, String plateName) throws ImportException {
        String what = "plate '" + h.name() + "'";
        if (!s.skipBlank()) throw s.error(s.where(), what + " holds no data: expected a column header line (Temperature, A1, A2, …)");
        String headWhere = s.where();
        WellPosition[] wells = s.wellColumns(s.next(), h.format(), headWhere, what);
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        if (h.reducedOnly()) {
            reads.add(reducedLine(s, wells, what));
        } else {
            List<String> names = h.readNames();
            for (int w = 0; w < names.size(); w++) {
                String label = SoftMaxPlateFormatReader.describe(names.get(w));
                if (!s.skipBlank()) {
                    throw s.error(s.where(), "expected the " + label + " values of " + what + ", found the end of the plate section");
                }
                if (h.kinetic()) kinetic.add(kineticBlock(s, h, wells, names.get(w), label, what, w));
                else reads.add(endpointLine(s, wells, names.get(w), h.wavelengthNm(w), label, what));
            }
            if (s.skipBlank()) {
                String where = s.where();
                wells = s.wellColumns(s.next(), h.format(), where, "the reduced values of " + what);
                reads.add(reducedLine(s, wells, what));
            }
        }
        if (s.skipBlank()) throw s.error(s.where(), "expected the end of " + what + " (~End), found more data");
        return new PlateData(plateName, h.format().rows(), h.format().columns(), reads, kinetic);
    }

    private static Read endpointLine(SoftMaxSection s, WellPosition[] wells, String name, Double nm, String label, String what)
            throws ImportException {
        String where = s.where();
        String[] f = s.next();
        ReadCollector rc = new ReadCollector();
        fill(s, f, wells, where, label, what, rc, null);
        if (!s.atBlankOrEnd()) {
            throw s.error(s.where(), "expected one line of endpoint " + label + " values in " + what + ", found a second one");
        }
        return rc.build(name, ReadKind.RAW, nm);
    }

    private static KineticRead kineticBlock(SoftMaxSection s, SoftMaxPlateHeader h, WellPosition[] wells, String name,
                                            String label, String what, int w) throws ImportException {
        KineticCollector kc = new KineticCollector();
        String start = s.where();
        while (!s.atBlankOrEnd()) {
            String where = s.where();
            String[] f = s.next();
            kc.nextTimePoint(SoftMaxTimes.seconds(f.length > 0 ? f[0] : "", s, where));
            fill(s, f, wells, where, label, what, null, kc);
        }
        if (kc.timePoints() != h.kineticPoints()) {
            throw s.error(start, "expected " + h.kineticPoints() + " kinetic reads of " + label + " in " + what
                    + " (as its Plate: line says), found " + kc.timePoints());
        }
        return kc.build(name, h.wavelengthNm(w));
    }

    private static Read reducedLine(SoftMaxSection s, WellPosition[] wells, String what) throws ImportException {
        if (s.atBlankOrEnd()) throw s.error(s.where(), "expected the line of reduced values of " + what + " after its column header");
        String where = s.where();
        ReadCollector rc = new ReadCollector();
        fill(s, s.next(), wells, where, "reduced", what, rc, null);
        return rc.build(SoftMaxPlateFormatReader.REDUCED, ReadKind.DERIVED, null);
    }

    private static void fill(SoftMaxSection s, String[] f, WellPosition[] wells, String where, String label, String what,
                             ReadCollector rc, KineticCollector kc) throws ImportException {
        if (f.length > 2 && SoftMaxPlateFormatReader.looksLikeWell(f[2])) {
            throw s.error(where, "expected the " + label + " values of " + what + ", found another column header line");
        }
        if (f.length > wells.length) {
            throw s.error(where, "expected at most " + (wells.length - 2) + " well values in " + what + ", found " + (f.length - 2));
        }
        for (int i = 2; i < wells.length; i++) {
            if (wells[i] == null) continue;
            Cell c = s.cell(f, i);
            if (rc != null) rc.put(wells[i], c);
            else kc.put(wells[i], c);
        }
    }
}

package org.cytobench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;

/**
 * The {@code "multiplex"} part of {@code import --json} for a multiplex export (absent for plate-reader files): per plate the
 * vendor, which reads are signal, bead count and the vendor's results, the analytes, the layout the file proposes, the
 * expected concentrations, the vendor's curves and the implausible values. The per-well signals and bead counts are the
 * plate's reads ("IL10 Net MFI", "IL10 Count").
 */
final class MultiplexJson {
    private MultiplexJson() {}

    /** The multiplex view of a file read by a multiplex importer, or null for any other format. */
    static List<Object> of(SourceFile file, String format) throws ImportException {
        Optional<MultiplexImporter> imp = MultiplexImporters.byId(format);
        if (imp.isEmpty()) return null;
        List<Object> plates = new ArrayList<>();
        for (MultiplexPlate p : imp.get().readMultiplex(file).plates()) plates.add(plate(p));
        return plates;
    }

    private static Map<String, Object> plate(MultiplexPlate p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("vendor", p.vendor());
        m.put("signalRead", p.signalRead());
        m.put("beadCountRead", p.beadCountRead());
        m.put("resultRead", p.resultRead());
        List<Object> analytes = new ArrayList<>();
        for (MultiplexAnalyte a : p.analytes()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("name", a.name());
            j.put("unit", a.unit());
            j.put("region", a.region());
            analytes.add(j);
        }
        m.put("analytes", analytes);
        m.put("layout", LayoutJson.wells(p.wells().values()));
        m.put("expected", p.expected());
        List<Object> curves = new ArrayList<>();
        for (VendorCurve c : p.curves().values()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("analyte", c.analyte());
            j.put("regression", c.regression());
            j.put("model", c.modelId());
            if (c.equation() != null) {
                j.put("equation", Map.of("a", c.equation().a(), "b", c.equation().b(), "c", c.equation().c(), "d", c.equation().d(),
                        "f", c.equation().f()));
            }
            j.put("r2", c.r2());
            j.put("text", c.text());
            curves.add(j);
        }
        m.put("vendorCurves", curves);
        List<Object> implausible = new ArrayList<>();
        for (ImplausibleValue v : p.implausible()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("analyte", v.analyte());
            j.put("level", v.level());
            j.put("written", v.written());
            j.put("implied", v.implied());
            j.put("message", v.describe());
            implausible.add(j);
        }
        m.put("implausible", implausible);
        return m;
    }
}

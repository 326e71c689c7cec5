package org.cytobench.multiplex;

import org.cytobench.analysis.BeadCountRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * Turns an imported multiplex plate into assay runs, one per analyte, with the layout the vendor's file proposes (decision
 * 0006): background wells are blanks, standards carry the analyte's expected concentration (0: zero standard), controls
 * with an expected concentration are QC wells at expected ÷ dilution (an expected concentration that does not fit its series is laid out at the
 * value the series implies, and flagged), everything else a sample of the culture well at the same position (when the
 * culture plate has a treatment there) with the file's dilution. The signal fitted is the vendor's ("IL10 Net MFI": median
 * minus background for Luminex, FI − Bkgd for Bio-Plex, Signal for MSD). Curve settings follow the vendor's model (xPONENT
 * 5PL: 5PL with 1/y² weights; Bio-Plex 4PL/5PL unweighted), else 5PL with 1/y² (Luminex practice).
 */
public final class MultiplexImport {
    private MultiplexImport() {}

    /** The default when a file names no curve: 5PL with 1/y² weights, as Luminex practice. */
    public static final CurveSettings FALLBACK = new CurveSettings(CurveModel.FIVE_PL, Weighting.INV_Y2);

    public static MultiplexRuns toAssayRuns(MultiplexPlate plate, String sourceFile, CulturePlate culture, BeadCountRule beads) {
        List<AssayRun> runs = new ArrayList<>();
        Map<String, CurveSettings> settings = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (ImplausibleValue v : plate.implausible()) {
            flags.add(v.analyte() + " " + v.level() + ": laid out at " + v.implied() + " as the dilution series implies; the file says "
                    + v.written() + " (check and edit the layout if the series is wrong)");
        }
        for (MultiplexAnalyte a : plate.analytes()) {
            AssayPlate layout = layout(plate, a, culture);
            if (layout.wells().values().stream().noneMatch(w -> w.role() == WellRole.STANDARD)) {
                flags.add(a.name() + ": the file gives no standards with expected concentrations; lay them out before analysing");
            }
            Map<WellPosition, MaskedWell> masks = beadCountQc(plate, a.name(), beads, flags);
            AssayRun run = new AssayRun(layout, plate.analyteData(a.name()),
                    MultiplexPlate.readName(a.name(), plate.signalRead()), null, sourceFile, masks, plate.name(), null);
            runs.add(run);
            settings.put(a.name(), settings(plate.vendor(), plate.curves().get(a.name())));
        }
        return new MultiplexRuns(plate.name(), runs, settings, flags);
    }

    /** The experiment with the plate's runs appended and each analyte's curve settings set (where none was chosen yet). */
    public static Experiment addTo(Experiment e, MultiplexRuns runs) {
        Experiment out = e;
        for (AssayRun r : runs.runs()) out = out.withAssay(r);
        for (Map.Entry<String, CurveSettings> s : runs.curveSettings().entrySet()) {
            if (!e.curveSettings().containsKey(s.getKey())) out = out.withCurveSettings(s.getKey(), s.getValue());
        }
        return out;
    }

    /** The vendor's model in Cytobench terms; xPONENT weights 1/y² (docs/multiplex.md), Bio-Plex's summary says unweighted. */
    static CurveSettings settings(String vendor, VendorCurve curve) {
        String model = curve == null ? null : curve.modelId();
        if (model == null) return FALLBACK;
        CurveModel m = model.equals("4pl") ? CurveModel.FOUR_PL : CurveModel.FIVE_PL;
        boolean xponent = vendor != null && vendor.contains("xPONENT");
        return new CurveSettings(m, xponent ? Weighting.INV_Y2 : Weighting.NONE);
    }

    static AssayPlate layout(MultiplexPlate plate, MultiplexAnalyte a, CulturePlate culture) {
        Map<String, Double> expected = new LinkedHashMap<>(plate.expected().getOrDefault(a.name(), Map.of()));
        // a written value that does not fit its own series (a lost decimal point) is laid out as the series implies, and
        // flagged in toAssayRuns: the vendor's own fit used the implied value (docs/multiplex.md)
        for (ImplausibleValue v : plate.implausible()) if (v.analyte().equals(a.name())) expected.put(v.level(), v.implied());
        // the roles are the plate's, shared with the plate-reader path (ProposedLayout): one rule for the vendor's layout
        Map<WellPosition, AssayWell> wells = new ProposedLayout(plate.name(), plate.wells(), expected, a.unit())
                .assayWells(plate.format(), culture);
        // named after the physical plate: tables then read "plate_1, IL10", as for an ELISA plate and its analyte
        return new AssayPlate(plate.name(), plate.format(), new Analyte(a.name(), a.unit()), wells);
    }

    /** Flags (and with {@code exclude} masks) the wells whose bead count for this analyte is below the minimum. */
    static Map<WellPosition, MaskedWell> beadCountQc(MultiplexPlate plate, String analyte, BeadCountRule rule, List<String> flags) {
        Map<WellPosition, MaskedWell> masks = new TreeMap<>();
        if (plate.beadCountRead() == null) return masks;
        Read counts = plate.read(analyte, plate.beadCountRead()).orElse(null);
        if (counts == null) return masks;
        List<String> low = new ArrayList<>();
        counts.values().forEach((w, n) -> {
            if (n < rule.minimum()) {
                low.add(w.label() + " (" + Math.round(n) + ")");
                if (rule.exclude()) masks.put(w, new MaskedWell(w, "bead count " + Math.round(n) + " < " + rule.minimum()));
            }
        });
        if (!low.isEmpty()) {
            flags.add(analyte + ": " + low.size() + " well" + (low.size() == 1 ? "" : "s") + " with fewer than " + rule.minimum()
                    + " beads" + (rule.exclude() ? " (masked)" : "") + ": " + String.join(", ", low.size() > 10 ? low.subList(0, 10) : low)
                    + (low.size() > 10 ? " …" : ""));
        }
        return masks;
    }
}

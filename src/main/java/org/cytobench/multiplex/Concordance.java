package org.cytobench.multiplex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.ValueStatus;
import org.cytobench.analysis.WellResult;
import org.cytobench.fit.FitResult;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.LogisticEquation;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellRole;

/**
 * Cytobench's analysis of each multiplex run beside the vendor's own results (the run's "ANALYTE Result", "ANALYTE Obs
 * Conc" or "ANALYTE Calc. Concentration" read) and the vendor's curve (read again from the embedded export, when the
 * project has it). The comparison is of what each would report: the vendor is "in range" where it gives a plain number,
 * Cytobench where the status is ok.
 */
public final class Concordance {
    private Concordance() {}

    /** The vendors' names of their concentration reads, in the order they are looked for. */
    public static final List<String> VENDOR_RESULT_READS = List.of("Result", "Obs Conc", "Calc. Concentration");

    /** Per multiplex run of the analysis, its concordance; {@code sources} gives the embedded exports by name (may be empty). */
    public static List<AnalyteConcordance> of(Experiment e, ExperimentAnalysis a, Map<String, SourceFile> sources) {
        List<AnalyteConcordance> out = new ArrayList<>();
        Map<String, MultiplexPlate> vendorPlates = new HashMap<>();
        for (PlateAnalysis p : a.plates()) {
            AssayRun run = e.assays().get(p.index());
            if (!run.isMultiplex() || run.readings() == null) continue;
            String analyte = run.layout().analyte().name();
            Read vendor = vendorResult(run, analyte);
            if (vendor == null) continue;
            VendorCurve curve = null;
            MultiplexPlate vendorPlate = null;
            SourceFile src = run.sourceFile() == null ? null : sources.get(run.sourceFile());
            if (src != null) {
                MultiplexPlate vp = vendorPlates.computeIfAbsent(src.name() + "\u0000" + run.plateGroup(), k -> read(src, run.plateGroup()));
                if (vp != null) curve = vp.curves().get(analyte);
                vendorPlate = vp;
            }
            out.add(analyte(run, p, vendor, curve, refit(vendorPlate, analyte, curve)));
        }
        return out;
    }

    private static MultiplexPlate read(SourceFile src, String group) {
        try {
            for (MultiplexPlate mp : MultiplexImporters.importFile(src, null).plates()) if (mp.name().equals(group)) return mp;
        } catch (ImportException ex) {
            // the vendor's curve is then not shown; the well-by-well comparison needs only the run
        }
        return null;
    }

    static Read vendorResult(AssayRun run, String analyte) {
        for (String n : VENDOR_RESULT_READS) {
            var r = run.readings().read(MultiplexPlate.readName(analyte, n));
            if (r.isPresent()) return r.get();
        }
        return null;
    }

    /** Cytobench's re-fit of the vendor's standards under the vendor's model, or null (no model, no standards, no fit). */
    static LogisticEquation refit(MultiplexPlate plate, String analyte, VendorCurve curve) {
        if (plate == null || curve == null || curve.modelId() == null) return null;
        VendorStandards s = VendorStandards.of(plate, analyte);
        if (s.concentration().length == 0) return null;
        VendorWeighting w = plate.vendor().contains("xPONENT") ? VendorWeighting.XPONENT_INV_Y2 : VendorWeighting.NONE;
        VendorModelFitter.Fit fit = VendorModelFitter.fit(s.concentration(), s.signal(), curve.modelId().equals("5pl"), w);
        return fit.equation();
    }

    private static AnalyteConcordance analyte(AssayRun run, PlateAnalysis p, Read vendor, VendorCurve curve, LogisticEquation refit) {
        List<WellConcordance> wells = new ArrayList<>();
        for (WellResult w : p.wells()) {
            if (w.role() != WellRole.SAMPLE && w.role() != WellRole.QC && w.role() != WellRole.STANDARD) continue;
            Double v = vendor.value(w.well());
            String flag = vendor.marker(w.well());
            if (v == null && flag == null) continue;
            Double mine = w.concentration();
            // QC wells are judged as read off the curve; the vendor reports a control × its dilution, as for samples
            if (mine != null && w.role() == WellRole.QC) mine = mine * w.layout().dilutionFactor();
            boolean vendorIn = v != null;
            boolean mineIn = mine != null && w.status() == ValueStatus.OK;
            boolean comparable = w.status() != ValueStatus.MASKED && w.status() != ValueStatus.NOT_READ;
            Double rel = v != null && mine != null && v != 0 ? (mine - v) / v : null;
            Double re = null;
            Double signal = run.readings().read(run.primaryRead()).map(r -> r.value(w.well())).orElse(null);
            if (refit != null && signal != null) {
                double x = refit.concentration(signal);
                if (Double.isFinite(x)) re = x * (w.role() == WellRole.STANDARD ? 1 : w.layout().dilutionFactor());
            }
            wells.add(new WellConcordance(w.well(), w.role().name().toLowerCase(Locale.ROOT).replace('_', ' '), w.layout().label(),
                    w.primary(), v, flag, mine, w.status().label(), rel, comparable && vendorIn != mineIn, re));
        }
        return new AnalyteConcordance(run.plateGroup(), run.layout().analyte().name(), curve == null ? null : curve.regression(),
                curve == null ? null : curve.text(), p.curve().model().id() + " " + p.curve().weighting().id(), parameters(p.fit()), wells,
                refit == null ? null : String.format(Locale.ROOT, "a=%.9g b=%.9g c=%.9g d=%.9g f=%.9g", refit.a(), refit.b(), refit.c(),
                        refit.d(), refit.f()));
    }

    private static String parameters(FitResult f) {
        if (f == null || !f.isConverged()) return f == null ? null : f.status().name().toLowerCase(Locale.ROOT) + ": " + f.reason();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < f.parameters().size(); i++) {
            parts.add(f.model().parameterNames().get(i) + "=" + String.format(Locale.ROOT, "%.6g", f.parameters().get(i)));
        }
        return String.join(" ", parts);
    }
}

package org.cytobench.analysis;

import java.util.List;
import java.util.Optional;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.WellPosition;

/**
 * Everything computed for one assay plate.
 *
 * @param index      position of the run in the experiment's assay list
 * @param name       plate name
 * @param analyte    what it measures
 * @param sourceFile the file its readings came from, or null
 * @param curve      model and weighting used
 * @param blank      the mean blank subtracted from every well; null when nothing was subtracted
 * @param wells      every well of the layout, in row-major order
 * @param standards  non-zero standard levels, lowest concentration first
 * @param qcs        QC control levels, lowest first
 * @param samples    samples in layout order
 * @param fit        the standard curve (a failed fit says why)
 * @param verdict    ICH M10 acceptance
 * @param masked     wells the scientist excluded, with reasons
 */
public record PlateAnalysis(int index, String name, Analyte analyte, String sourceFile, CurveSettings curve, Double blank,
                            List<WellResult> wells, List<StandardLevelResult> standards, List<QcLevelResult> qcs,
                            List<SampleResult> samples, FitResult fit, QcVerdict verdict, List<MaskedWell> masked) {

    public PlateAnalysis {
        wells = List.copyOf(wells);
        standards = List.copyOf(standards);
        qcs = List.copyOf(qcs);
        samples = List.copyOf(samples);
        masked = List.copyOf(masked);
    }

    public boolean passed() { return verdict.passed(); }

    public Optional<WellResult> well(WellPosition position) {
        return wells.stream().filter(w -> w.well().equals(position)).findFirst();
    }

    public Double lloq() { return verdict.lloq(); }

    public Double uloq() { return verdict.uloq(); }
}

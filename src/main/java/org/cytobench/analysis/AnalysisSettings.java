package org.cytobench.analysis;

import java.util.Objects;
import org.cytobench.analysis.BeadCountRule;

/**
 * The choices an analysis depends on, besides the curve model and weighting (those are per analyte, in the experiment's
 * {@link org.cytobench.plate.CurveSettings}). Every output states them.
 *
 * @param blankHandling     background subtraction; default {@link BlankHandling#SUBTRACT_MEAN_BLANK}
 * @param belowLloq         how values below the LLOQ enter summaries; default {@link BelowLloqHandling#HALF_LLOQ}
 * @param aboveUloq         how values above the ULOQ enter summaries; default {@link AboveUloqHandling#ULOQ}
 * @param errorBars         what charts draw as error bars; default SD
 * @param qcRules           acceptance rules; default {@link QcRules#ICH_M10}
 * @param replicateUnit     the n of the dose-response statistics; default {@link ReplicateUnit#AUTO}
 * @param includeFailedPlates whether samples from plates that failed QC still enter the dose response; default false
 * @param logScale          whether the statistics are done on log10 concentrations (geometric means, fold changes as
 *                          ratios with their CIs); default false
 * @param beadCount         multiplex bead-count QC: wells of a bead array whose analyte region counted fewer beads are
 *                          flagged, and left out of the analysis when the rule says exclude; default 50, flag only
 *                          ({@link BeadCountRule#DEFAULT}); runs without bead counts (ELISA, MSD) are not affected
 */
public record AnalysisSettings(BlankHandling blankHandling, BelowLloqHandling belowLloq, AboveUloqHandling aboveUloq,
                               ErrorBars errorBars, QcRules qcRules, ReplicateUnit replicateUnit, boolean includeFailedPlates,
                               boolean logScale, BeadCountRule beadCount) {

    public static final AnalysisSettings DEFAULT = new AnalysisSettings(BlankHandling.SUBTRACT_MEAN_BLANK,
            BelowLloqHandling.HALF_LLOQ, AboveUloqHandling.ULOQ, ErrorBars.SD, QcRules.ICH_M10, ReplicateUnit.AUTO, false, false,
            BeadCountRule.DEFAULT);

    /** The settings as they were before the bead-count rule was a setting (the default rule). */
    public AnalysisSettings(BlankHandling blankHandling, BelowLloqHandling belowLloq, AboveUloqHandling aboveUloq,
                            ErrorBars errorBars, QcRules qcRules, ReplicateUnit replicateUnit, boolean includeFailedPlates,
                            boolean logScale) {
        this(blankHandling, belowLloq, aboveUloq, errorBars, qcRules, replicateUnit, includeFailedPlates, logScale, BeadCountRule.DEFAULT);
    }

    /** The settings as they were before the log scale existed (linear scale). */
    public AnalysisSettings(BlankHandling blankHandling, BelowLloqHandling belowLloq, AboveUloqHandling aboveUloq,
                            ErrorBars errorBars, QcRules qcRules, ReplicateUnit replicateUnit, boolean includeFailedPlates) {
        this(blankHandling, belowLloq, aboveUloq, errorBars, qcRules, replicateUnit, includeFailedPlates, false);
    }

    public AnalysisSettings {
        Objects.requireNonNull(blankHandling, "blankHandling");
        Objects.requireNonNull(belowLloq, "belowLloq");
        Objects.requireNonNull(aboveUloq, "aboveUloq");
        Objects.requireNonNull(errorBars, "errorBars");
        Objects.requireNonNull(qcRules, "qcRules");
        Objects.requireNonNull(replicateUnit, "replicateUnit");
        beadCount = beadCount == null ? BeadCountRule.DEFAULT : beadCount;
    }

    public static AnalysisSettings defaults() { return DEFAULT; }

    public AnalysisSettings withBlankHandling(BlankHandling b) {
        return new AnalysisSettings(b, belowLloq, aboveUloq, errorBars, qcRules, replicateUnit, includeFailedPlates, logScale, beadCount);
    }

    public AnalysisSettings withBelowLloq(BelowLloqHandling h) {
        return new AnalysisSettings(blankHandling, h, aboveUloq, errorBars, qcRules, replicateUnit, includeFailedPlates, logScale, beadCount);
    }

    public AnalysisSettings withAboveUloq(AboveUloqHandling h) {
        return new AnalysisSettings(blankHandling, belowLloq, h, errorBars, qcRules, replicateUnit, includeFailedPlates, logScale, beadCount);
    }

    public AnalysisSettings withErrorBars(ErrorBars e) {
        return new AnalysisSettings(blankHandling, belowLloq, aboveUloq, e, qcRules, replicateUnit, includeFailedPlates, logScale, beadCount);
    }

    public AnalysisSettings withQcRules(QcRules q) {
        return new AnalysisSettings(blankHandling, belowLloq, aboveUloq, errorBars, q, replicateUnit, includeFailedPlates, logScale, beadCount);
    }

    public AnalysisSettings withReplicateUnit(ReplicateUnit u) {
        return new AnalysisSettings(blankHandling, belowLloq, aboveUloq, errorBars, qcRules, u, includeFailedPlates, logScale, beadCount);
    }

    public AnalysisSettings withIncludeFailedPlates(boolean b) {
        return new AnalysisSettings(blankHandling, belowLloq, aboveUloq, errorBars, qcRules, replicateUnit, b, logScale, beadCount);
    }

    public AnalysisSettings withLogScale(boolean b) {
        return new AnalysisSettings(blankHandling, belowLloq, aboveUloq, errorBars, qcRules, replicateUnit, includeFailedPlates, b, beadCount);
    }

    public AnalysisSettings withBeadCount(BeadCountRule r) {
        return new AnalysisSettings(blankHandling, belowLloq, aboveUloq, errorBars, qcRules, replicateUnit, includeFailedPlates, logScale, r);
    }

    /** One paragraph for a report's methods section. */
    public String describe() { return describe(false); }

    /**
     * One paragraph for a report's methods section; {@code beadArrays} when the experiment has bead-array runs, whose
     * bead-count rule is then always stated (for other experiments only a changed rule is).
     */
    public String describe(boolean beadArrays) {
        return "Background: " + blankHandling.label() + ". Values below the LLOQ enter summaries as " + belowLloq.label()
                + " (× dilution factor); values above the ULOQ as " + aboveUloq.label() + ". QC (ICH M10 defaults unless edited): "
                + qcRules.describe() + ". Statistics: design " + replicateUnit.label() + ", on the "
                + (logScale ? "log10 scale (geometric means; fold changes as ratios)" : "linear scale") + "; samples from plates that failed QC are "
                + (includeFailedPlates ? "included" : "excluded") + "."
                // the default rule is not repeated for every ELISA experiment; a changed one is a choice the methods state
                + (beadCount.equals(BeadCountRule.DEFAULT) && !beadArrays ? "" : " Multiplex bead counts: wells with fewer than " + beadCount.minimum()
                + " beads in the analyte's region are flagged" + (beadCount.exclude() ? " and excluded" : "") + ".");
    }
}

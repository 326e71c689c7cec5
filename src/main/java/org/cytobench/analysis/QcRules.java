package org.cytobench.analysis;

/**
 * Acceptance rules for a plate's standard curve and QC controls. Defaults follow ICH M10 (2022) for ligand-binding
 * assays; every number is editable per experiment. Percentages are plain numbers (20 means ±20%).
 *
 * @param standardTolerancePct      a standard level's back-calculated concentration within ±this % of nominal (20)
 * @param standardLimitTolerancePct the same at the LLOQ and ULOQ (25)
 * @param minPassingFraction        at least this fraction of the non-zero standard levels must pass (0.75)
 * @param minPassingLevels          and at least this many levels (6)
 * @param maxCvPct                  replicate CV of a standard level at most this % (20)
 * @param maxCvAtLimitsPct          the same at the LLOQ and ULOQ (25)
 * @param qcTolerancePct            a QC control's back-calculated concentration within ±this % of nominal (20)
 * @param qcLimitTolerancePct       the same for QC controls at the LLOQ or ULOQ (25)
 */
public record QcRules(double standardTolerancePct, double standardLimitTolerancePct, double minPassingFraction,
                      int minPassingLevels, double maxCvPct, double maxCvAtLimitsPct, double qcTolerancePct,
                      double qcLimitTolerancePct) {

    /** ICH M10 defaults. */
    public static final QcRules ICH_M10 = new QcRules(20, 25, 0.75, 6, 20, 25, 20, 25);

    public QcRules {
        positive(standardTolerancePct, "standard tolerance");
        positive(standardLimitTolerancePct, "standard tolerance at the limits");
        positive(maxCvPct, "maximum CV");
        positive(maxCvAtLimitsPct, "maximum CV at the limits");
        positive(qcTolerancePct, "QC tolerance");
        positive(qcLimitTolerancePct, "QC tolerance at the limits");
        if (!(minPassingFraction >= 0 && minPassingFraction <= 1)) throw new IllegalArgumentException("the passing fraction must lie between 0 and 1");
        if (minPassingLevels < 0) throw new IllegalArgumentException("the minimum number of passing levels must be ≥ 0");
    }

    private static void positive(double v, String what) {
        if (!(v > 0 && v < 1000)) throw new IllegalArgumentException(what + " must be a percentage > 0");
    }

    public QcRules withStandardTolerance(double pct, double atLimitsPct) {
        return new QcRules(pct, atLimitsPct, minPassingFraction, minPassingLevels, maxCvPct, maxCvAtLimitsPct, qcTolerancePct, qcLimitTolerancePct);
    }

    public QcRules withPassingLevels(double fraction, int minLevels) {
        return new QcRules(standardTolerancePct, standardLimitTolerancePct, fraction, minLevels, maxCvPct, maxCvAtLimitsPct, qcTolerancePct, qcLimitTolerancePct);
    }

    public QcRules withMaxCv(double pct, double atLimitsPct) {
        return new QcRules(standardTolerancePct, standardLimitTolerancePct, minPassingFraction, minPassingLevels, pct, atLimitsPct, qcTolerancePct, qcLimitTolerancePct);
    }

    public QcRules withQcTolerance(double pct, double atLimitsPct) {
        return new QcRules(standardTolerancePct, standardLimitTolerancePct, minPassingFraction, minPassingLevels, maxCvPct, maxCvAtLimitsPct, pct, atLimitsPct);
    }

    /** One sentence for the methods paragraph of a report. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "a standard level passes when its back-calculated concentration is within ±%s%% of nominal (±%s%% at the LLOQ and ULOQ) "
                        + "and its replicate CV is ≤ %s%% (≤ %s%% at the limits); at least %s%% of the non-zero levels and at least %d levels "
                        + "must pass; QC controls must be within ±%s%% (±%s%% at the limits); LLOQ and ULOQ are the lowest and highest passing standards",
                n(standardTolerancePct), n(standardLimitTolerancePct), n(maxCvPct), n(maxCvAtLimitsPct),
                n(100 * minPassingFraction), minPassingLevels, n(qcTolerancePct), n(qcLimitTolerancePct));
    }

    private static String n(double v) { return org.cytobench.plate.Numbers.compact(v); }
}

package org.cytobench.report;

import java.util.Locale;
import java.util.stream.Collectors;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseFamily;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.analysis.stats.MixedModelResult;
import org.cytobench.plate.Numbers;

/** The sentences a report and a figure caption use to say what was tested: the n, the design, the scale, the tests. */
public final class StatisticsText {
    private StatisticsText() {}

    /** The caption of a dose-response figure or table: n, design, scale and tests. */
    public static String caption(DoseResponse d, AnalysisSettings s) {
        ReplicateUnit u = d.replicateUnit();
        String n = d.groups().stream().map(GroupStats::n).filter(x -> x > 0).distinct().sorted().map(String::valueOf)
                .collect(Collectors.joining("–"));
        StringBuilder b = new StringBuilder();
        b.append("n = ").append(n.isEmpty() ? "0" : n).append(' ').append(u.nUnit()).append(" per group; design: ").append(u.design());
        b.append("; ").append(s.logScale() ? "log10 scale (geometric means; fold changes and their 95% CIs are ratios)" : "linear scale");
        b.append("; error bars ").append(s.errorBars().label());
        b.append("; values below the LLOQ enter as ").append(s.belowLloq().label());
        if (d.lloq() != null) b.append(" (reporting limit ").append(Numbers.compact(d.lloq())).append(' ').append(d.analyte().unit()).append(')');
        b.append(". Each Tα1 dose against its vehicle control: ");
        if (u == ReplicateUnit.DONOR_BLOCKED) {
            b.append("Dunnett's test on the randomized-block ANOVA (donor + treatment; df = (t − 1)(d − 1)); paired t-tests within "
                    + "donor, Holm-adjusted; and a linear mixed model on the culture wells (treatment fixed, random intercepts for "
                    + "donor and donor × treatment, REML; Dunnett-type contrasts, multivariate-t adjusted, Satterthwaite df).");
        } else {
            b.append("Dunnett's many-to-one test; Welch's t-test, Holm-adjusted.");
            if (u == ReplicateUnit.CULTURE_WELL) {
                b.append(" Culture wells are treated as independent observations: wells of one donor share its cells, so with"
                        + " several donors these p-values are too small.");
            }
        }
        return b.toString();
    }

    /** How concentrations outside the quantification range are reported and what enters the statistics. */
    public static String censoring(AnalysisSettings s) {
        StringBuilder b = new StringBuilder("Concentrations are read off the curve at the mean of the technical replicates and "
                + "multiplied by the dilution factor, with a 95% confidence interval; values outside the quantification range are "
                + "reported with their status (< LLOQ, > ULOQ) and never shown as measured. In the statistics, values below the LLOQ ");
        b.append(switch (s.belowLloq()) {
            case EXCLUDE -> "are left out";
            case HALF_LLOQ -> "enter as LLOQ/2 × dilution (substituted)";
            case LLOQ -> "enter as LLOQ × dilution (substituted)";
            case AS_INTERPOLATED -> "enter as read from the curve below the lowest standard (interpolated, flagged)";
        });
        b.append("; values above the ULOQ ");
        b.append(switch (s.aboveUloq()) {
            case EXCLUDE -> "are left out";
            case ULOQ -> "enter capped at ULOQ × dilution (a lower bound: capping shrinks a group's spread and can inflate "
                    + "significance; such samples should be re-assayed at a higher dilution)";
            case AS_EXTRAPOLATED -> "enter as extrapolated from the curve above the highest standard (flagged)";
        });
        return b.append(". ").toString();
    }

    /** One line per family: the ANOVA of the design and, when blocked, the blocks and the mixed model's variances. */
    public static String family(DoseFamily f) {
        StringBuilder b = new StringBuilder(f.stimulus()).append(": ");
        if (f.blockAnova() != null) {
            var a = f.blockAnova();
            b.append(String.format(Locale.ROOT, "randomized-block ANOVA F(%d, %d) = %.2f, p = %s; blocks (donors): %s",
                    a.dfTreatment(), a.dfResidual(), a.f(), ReportDocument.format(a.p()), String.join(", ", f.donors())));
            MixedModelResult m = f.mixedModel();
            if (m != null) {
                b.append(String.format(Locale.ROOT, ". Mixed model variances: donor %s, donor × treatment %s, culture wells %s%s",
                        ReportDocument.format(m.varianceDonor()), ReportDocument.format(m.varianceDonorGroup()),
                        ReportDocument.format(m.varianceResidual()), m.singular() ? " (singular fit)" : ""));
            }
        } else if (f.design() == ReplicateUnit.DONOR_BLOCKED) {
            b.append("the donor-blocked tests are not defined");
        } else {
            b.append(f.anova().isDefined() ? String.format(Locale.ROOT, "one-way ANOVA F(%d, %d) = %.2f, p = %s",
                    f.anova().dfBetween(), f.anova().dfWithin(), f.anova().f(), ReportDocument.format(f.anova().p()))
                    : "one-way ANOVA not defined (too few values)");
        }
        return b.append('.').toString();
    }
}

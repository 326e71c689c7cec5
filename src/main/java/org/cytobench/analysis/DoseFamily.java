package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.AnovaResult;
import org.cytobench.analysis.stats.BlockAnovaResult;
import org.cytobench.analysis.stats.MixedModelResult;
import org.cytobench.plate.TreatmentGroup;

/**
 * The groups of one stimulus that are tested together: its vehicle control and every thymalfasin dose.
 *
 * @param stimulus    the stimulus label ("LPS 100 ng/mL")
 * @param control     the vehicle control group
 * @param anova       ordinary one-way ANOVA over control and doses (on the observations; for the unpaired designs the
 *                    ANOVA of the design)
 * @param comparisons one per dose, lowest dose first
 * @param design      the design the family was analysed with (never AUTO)
 * @param blockAnova  donor-blocked: the randomized-block ANOVA on donor means (donor + treatment); else null
 * @param mixedModel  donor-blocked: the mixed model on culture wells; null otherwise or when it could not be fitted
 * @param donors      donor-blocked: the donors complete in every group of the family (the blocks); else empty
 * @param notes       plain sentences: donors left out of the blocks, a model that could not be fitted, …
 */
public record DoseFamily(String stimulus, TreatmentGroup control, AnovaResult anova, List<DoseComparison> comparisons,
                         ReplicateUnit design, BlockAnovaResult blockAnova, MixedModelResult mixedModel, List<String> donors,
                         List<String> notes) {

    public DoseFamily {
        comparisons = List.copyOf(comparisons);
        donors = List.copyOf(donors);
        notes = List.copyOf(notes);
    }

    /** The ANOVA of the design: F, its dfs and p (block ANOVA when donor-blocked, else the one-way ANOVA). */
    public double anovaF() { return blockAnova != null ? blockAnova.f() : anova.f(); }

    public int anovaDfTreatment() { return blockAnova != null ? blockAnova.dfTreatment() : anova.dfBetween(); }

    /** The residual df of the design's model: (t − 1)(d − 1) when blocked, N − k otherwise. */
    public int residualDf() { return blockAnova != null ? blockAnova.dfResidual() : anova.dfWithin(); }

    public double anovaP() { return blockAnova != null ? blockAnova.p() : anova.p(); }

    /** What was tested, for groups.csv and the methods text. */
    public String testDescription() {
        if (design == ReplicateUnit.DONOR_BLOCKED) {
            return "randomized-block ANOVA (donor + treatment) and Dunnett vs vehicle on its residual variance; paired t (Holm); "
                    + "mixed model y ~ group + (1|donor) + (1|donor:group), REML, Satterthwaite df, mvt-adjusted";
        }
        return "one-way ANOVA and Dunnett vs vehicle; Welch t (Holm)";
    }
}

package org.cytobench.analysis.stats;

import java.util.List;

/**
 * A REML fit of {@code y ~ group + (1|donor) + (1|donor:group)} and its treatment-versus-control contrasts.
 *
 * @param varianceDonor      σ²(donor), the between-donor variance
 * @param varianceDonorGroup σ²(donor:group), the donor-by-treatment variance (a culture's own deviation)
 * @param varianceResidual   σ², the variance between culture wells of one donor and treatment
 * @param remlCriterion      −2 × REML log-likelihood, as lme4's {@code REMLcrit}
 * @param singular           whether a variance component is estimated as 0 (a boundary fit; its df then ignore it)
 * @param contrasts          one per treated group, in input order
 */
public record MixedModelResult(double varianceDonor, double varianceDonorGroup, double varianceResidual, double remlCriterion,
                               boolean singular, List<MixedContrast> contrasts) {

    public MixedModelResult {
        contrasts = List.copyOf(contrasts);
    }
}

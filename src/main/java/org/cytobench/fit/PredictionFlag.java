package org.cytobench.fit;

/** How far to trust an inverse prediction. */
public enum PredictionFlag {
    /** Within the range of the standards. */
    OK("ok"),
    /** Between the asymptotes but outside the concentration range of the standards. */
    EXTRAPOLATED("extrapolated"),
    /** The response is not strictly between the asymptotes (or the fit is unusable): there is no concentration. */
    NO_SOLUTION("no-solution");

    private final String id;

    PredictionFlag(String id) { this.id = id; }

    public String id() { return id; }
}

package org.cytobench.fit;

/** How a fit ended. Only {@code CONVERGED} results carry parameters a scientist may use. */
public enum FitStatus {
    CONVERGED("converged"), NOT_CONVERGED("not converged"), DEGENERATE("degenerate");

    private final String id;

    FitStatus(String id) { this.id = id; }

    /** As printed in JSON: "converged", "not converged", "degenerate". */
    public String id() { return id; }
}

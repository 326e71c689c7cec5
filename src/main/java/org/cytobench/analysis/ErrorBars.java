package org.cytobench.analysis;

/** What the error bars of dose charts show. */
public enum ErrorBars {
    SD("mean ± SD"), SEM("mean ± SEM");

    private final String label;

    ErrorBars(String label) { this.label = label; }

    public String label() { return label; }
}

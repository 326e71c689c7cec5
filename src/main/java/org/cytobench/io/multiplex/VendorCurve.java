package org.cytobench.io.multiplex;

import java.util.Objects;

/**
 * The standard curve the vendor's software fitted for one analyte, as its file states it.
 *
 * @param regression the vendor's name for the model ("Logistic 5P", "Logistic - 4PL")
 * @param equation   the coefficients, or null when the file names a model without coefficients
 * @param r2         the R² the file gives, or null
 * @param text       the equation as written in the file, or null
 */
public record VendorCurve(String analyte, String regression, LogisticEquation equation, Double r2, String text) {
    public VendorCurve {
        Objects.requireNonNull(analyte, "analyte");
    }

    /** The vendor's model as Cytobench names it: "5pl", "4pl", or null when it is neither. */
    public String modelId() {
        String r = regression == null ? "" : regression.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (r.contains("5p")) return "5pl";
        if (r.contains("4p")) return "4pl";
        if (equation != null) return equation.isFourPl() ? "4pl" : "5pl";
        return null;
    }
}

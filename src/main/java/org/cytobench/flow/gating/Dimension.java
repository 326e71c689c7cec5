package org.cytobench.flow.gating;

import java.util.Objects;

/**
 * One axis of a gate, as Gating-ML 2.0 describes it: a parameter of the file (or a ratio of two, Gating-ML's
 * {@code new-dimension}), the compensation to apply first and the transform whose space the gate's coordinates are in.
 *
 * @param parameter         the $PnN name, or a fluorochrome name of a spectrum matrix; null for a ratio dimension
 * @param ratioRef          the id of a {@link RatioTransform} for a {@code new-dimension}, else null
 * @param compensationRef   {@link #UNCOMPENSATED}, {@link #FCS} (the file's own spillover) or a spectrum matrix id
 * @param transformationRef the id of a transform applied before comparing with the gate, or null (scale values)
 */
public record Dimension(String parameter, String ratioRef, String compensationRef, String transformationRef) {
    public static final String UNCOMPENSATED = "uncompensated";
    public static final String FCS = "FCS";

    public Dimension {
        if ((parameter == null) == (ratioRef == null)) throw new IllegalArgumentException("a dimension is a parameter or a ratio");
        compensationRef = compensationRef == null || compensationRef.isBlank() ? UNCOMPENSATED : compensationRef;
        transformationRef = transformationRef == null || transformationRef.isBlank() ? null : transformationRef;
    }

    public static Dimension of(String parameter) { return new Dimension(parameter, null, UNCOMPENSATED, null); }

    public Dimension withTransform(String ref) { return new Dimension(parameter, ratioRef, compensationRef, ref); }

    public Dimension withCompensation(String ref) { return new Dimension(parameter, ratioRef, ref, transformationRef); }

    /** What a table or axis calls it: the parameter or the ratio's id. */
    public String label() { return Objects.requireNonNullElse(parameter, ratioRef); }
}

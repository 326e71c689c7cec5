package org.cytobench.plate;

import java.util.Objects;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;

/** The standard-curve model and weighting chosen for an analyte. Default: 4PL with 1/y² weights. */
public record CurveSettings(CurveModel model, Weighting weighting) {
    public static final CurveSettings DEFAULT = new CurveSettings(CurveModel.FOUR_PL, Weighting.INV_Y2);

    public CurveSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(weighting, "weighting");
    }
}

package org.cytobench.plate;

import java.util.Objects;

/** A well the scientist excluded, and why. Masked wells are left out of every computation and listed in every output. */
public record MaskedWell(WellPosition well, String reason) {
    public MaskedWell {
        Objects.requireNonNull(well, "well");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("masking well " + well + " needs a reason");
        reason = reason.strip();
    }
}

package org.cytobench.multiplex;

/**
 * How a vendor weights its standard-curve fit. Found by re-fitting the vendors' own files (docs/multiplex.md): xPONENT's
 * 5PL on Net MFI is weighted 1/y² with y the observed Net MFI, a well with Net MFI 0 weighing 1 — with that rule the
 * re-fit lands on the file's coefficients; Bio-Plex Manager's weighting cannot be recovered from its summary sheets.
 */
public enum VendorWeighting {
    NONE,
    /** 1/y² on the observed signal, |y| for a negative signal, weight 1 at y = 0 (xPONENT). */
    XPONENT_INV_Y2;

    double weight(double y) {
        return switch (this) {
            case NONE -> 1;
            case XPONENT_INV_Y2 -> y == 0 ? 1 : 1 / (y * y);
        };
    }
}

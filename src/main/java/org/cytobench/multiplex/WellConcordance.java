package org.cytobench.multiplex;

import org.cytobench.plate.WellPosition;

/**
 * One well's concentration from the vendor beside Cytobench's.
 *
 * @param vendor          the vendor's concentration, null when it gave a flag instead
 * @param vendorFlag      the vendor's flag ({@code OOR <}, {@code > 3450}, {@code *12.3}, {@code NaN}), null for a plain number
 * @param cytobench       Cytobench's concentration (× dilution for samples), null when it has none
 * @param cytobenchStatus Cytobench's status label ("ok", "< LLOQ", "extrapolated", …)
 * @param relativeDifference (Cytobench − vendor) / vendor, null unless both are numbers
 * @param statusDiffers   in range for one and not for the other (the vendor is in range when it gives a plain number)
 * @param refit           the concentration from Cytobench's re-fit under the vendor's model ({@link VendorModelFitter}),
 *                        × dilution like the vendor's; null when there is no re-fit or the signal has no solution on it
 */
public record WellConcordance(WellPosition well, String role, String sample, Double signal, Double vendor, String vendorFlag,
                              Double cytobench, String cytobenchStatus, Double relativeDifference, boolean statusDiffers,
                              Double refit) {
}

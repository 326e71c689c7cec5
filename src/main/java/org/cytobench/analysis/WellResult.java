package org.cytobench.analysis;

import org.cytobench.plate.AssayWell;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * One well of an analysed assay plate, from raw reading to concentration.
 *
 * @param well          position
 * @param layout        what the layout says the well holds
 * @param primary       the primary read (e.g. 450 nm), null when there is no number
 * @param reference     the reference read (e.g. 570 nm), null when the run has none or the well has no number there
 * @param corrected     primary − reference (primary alone without a reference read)
 * @param value         the analysis value: corrected minus the plate's mean blank when blanks are subtracted
 * @param marker        the instrument marker (OVRFLW, …) of the primary or reference read, else null
 * @param maskReason    why the scientist masked the well, else null
 * @param concentration read off the curve: for standards and QC the back-calculated concentration, for samples already
 *                      × dilution factor; null when there is none (see status)
 * @param ciLow         lower 95% bound of the concentration (× dilution for samples), null when none
 * @param ciHigh        upper 95% bound
 * @param status        what the concentration is worth; samples are judged against [LLOQ, ULOQ], while standards, QC and
 *                      blanks carry only the curve's own flag (ok / extrapolated / no solution): their acceptance is in
 *                      {@link StandardLevelResult} and {@link QcLevelResult}
 */
public record WellResult(WellPosition well, AssayWell layout, Double primary, Double reference, Double corrected,
                         Double value, String marker, String maskReason, Double concentration, Double ciLow, Double ciHigh,
                         ValueStatus status) {

    public WellRole role() { return layout.role(); }

    public boolean isMasked() { return maskReason != null; }

    /** Masked, marked, unread wells have no analysis value and are excluded everywhere. */
    public boolean isUsable() { return value != null && maskReason == null; }
}

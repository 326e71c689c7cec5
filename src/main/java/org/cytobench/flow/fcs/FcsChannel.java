package org.cytobench.flow.fcs;

/**
 * One parameter of an FCS file, as its TEXT segment describes it.
 *
 * @param index    1-based parameter number n (the n of $PnN)
 * @param name     $PnN, the detector/channel name ("FL1-H", "FITC-A")
 * @param marker   $PnS, the stain or marker ("CD4 FITC"), or null when the file has none
 * @param bits     $PnB, bits per value in DATA
 * @param range    $PnR, the channel range (values of type I are masked to it)
 * @param decades  first number of $PnE (0 = linear amplification)
 * @param logZero  second number of $PnE (the value at channel 0 of a log channel; 0 is read as 1, as FCS 3.1 says)
 * @param gain     $PnG (1 when absent); a linear channel's scale value is channel / gain
 */
public record FcsChannel(int index, String name, String marker, int bits, double range, double decades, double logZero,
                         double gain) {

    /** True when $PnE says the amplifier was logarithmic. */
    public boolean isLog() { return decades > 0; }

    /**
     * Channel value to scale value (FCS 3.1, section 3.3.x): a log channel becomes {@code logZero * 10^(decades * x / range)},
     * a linear one {@code x / gain}. This is what Gating-ML gates and FlowJo statistics refer to.
     */
    public double toScale(double channelValue) {
        if (isLog()) return (logZero == 0 ? 1 : logZero) * Math.pow(10, decades * channelValue / range);
        return gain == 1 || gain == 0 ? channelValue : channelValue / gain;
    }

    /** True when {@link #toScale} changes values. */
    public boolean needsScaling() { return isLog() || (gain != 1 && gain != 0); }
}

package org.cytobench.plate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Built-in culture plate templates. */
public final class CulturePlates {
    private CulturePlates() {}

    public static final List<Double> REFERENCE_DOSES = List.of(10.0, 50.0, 100.0);
    public static final int REPLICATES = 3;

    /**
     * The reference thymalfasin PBMC protocol: 1×10^6 cells/mL, 100 µL/well; per donor the groups unstimulated,
     * unstimulated + vehicle, LPS 100 ng/mL + vehicle, and LPS + thymalfasin at each dose, each in triplicate culture wells.
     *
     * <p>Layout: each donor takes a block of three columns (triplicates side by side), one group per row, so four donors
     * fill columns 1–12 and the eight rows hold up to eight groups. With the three reference doses there are six groups
     * (rows A–F); rows G–H stay free for the user's own controls.
     *
     * @param donors 1–4
     * @param doses  thymalfasin doses in ng/mL (each &gt; 0), at most 5 so that all groups fit in rows A–H
     */
    public static CulturePlate pbmcStimulation(int donors, List<Double> doses) {
        return pbmcStimulation(donors, doses, Stimulus.lps(100), REPLICATES);
    }

    /**
     * The protocol with another stimulus or number of replicate culture wells: each donor takes {@code replicates}
     * columns, so donors × replicates must fit the plate's 12 columns.
     */
    public static CulturePlate pbmcStimulation(int donors, List<Double> doses, Stimulus stimulus, int replicates) {
        if (replicates < 1 || replicates > 6) throw new IllegalArgumentException("the template holds 1 to 6 replicate wells, not " + replicates);
        int maxDonors = Math.min(4, 12 / replicates);
        if (donors < 1 || donors > maxDonors) {
            throw new IllegalArgumentException("the template holds 1 to " + maxDonors + " donors" + (replicates == REPLICATES ? "" : " with "
                    + replicates + " replicates") + ", not " + donors);
        }
        if (doses.isEmpty() || doses.size() > 5) throw new IllegalArgumentException("the template holds 1 to 5 thymalfasin doses");
        for (double d : doses) if (!(d > 0)) throw new IllegalArgumentException("thymalfasin doses must be > 0 ng/mL (0 is the vehicle control)");
        if (!stimulus.isStimulated()) throw new IllegalArgumentException("the template needs a stimulus (its controls are unstimulated)");
        Stimulus lps = stimulus;
        List<Treatment> rows = new ArrayList<>();
        rows.add(Treatment.of(Stimulus.NONE, 0, false, ""));
        rows.add(Treatment.of(Stimulus.NONE, 0, true, ""));
        rows.add(Treatment.of(lps, 0, true, ""));
        for (double d : doses) rows.add(Treatment.of(lps, d, true, ""));
        Map<WellPosition, Treatment> wells = new LinkedHashMap<>();
        for (int donor = 0; donor < donors; donor++) {
            for (int r = 0; r < rows.size(); r++) {
                for (int rep = 0; rep < replicates; rep++) {
                    wells.put(new WellPosition(r, donor * replicates + rep), rows.get(r).withDonor("D" + (donor + 1)));
                }
            }
        }
        return new CulturePlate("PBMC thymalfasin stimulation", PlateFormat.WELLS_96, wells);
    }

    /** The reference protocol with 3 donors and 10/50/100 ng/mL. */
    public static CulturePlate pbmcStimulation() {
        return pbmcStimulation(3, REFERENCE_DOSES);
    }
}

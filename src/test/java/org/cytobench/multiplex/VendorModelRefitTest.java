package org.cytobench.multiplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.multiplex.LogisticEquation;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/**
 * The vendor's own numbers reproduced: its equation inverted (hand-checked values), and Cytobench re-fitting the
 * standards under the vendor's model (xPONENT: 5PL on Net MFI, 1/y²) reproducing every in-range Result to 4 significant
 * figures.
 */
class VendorModelRefitTest {

    private static MultiplexPlate thirtyPlex() throws Exception {
        return MultiplexImporters.importFile(MultiplexExportsDir.file("luminex-xponent/serolyzer_pone.0187901.s001.csv"), null)
                .plates().get(0);
    }

    @Test
    void invertingTheVendorsEquationGivesTheVendorsResults() throws Exception {
        MultiplexPlate p = thirtyPlex();
        LogisticEquation il10 = p.curves().get("IL10").equation();
        assertEquals(21257.70, il10.concentration(19448), 0.005);          // Standard1, A2
        assertEquals(6544.73, 2 * il10.concentration(9952.5), 0.005);      // Control1, B1, dilution 2
        int compared = 0;
        for (String a : p.analyteNames()) {
            LogisticEquation eq = p.curves().get(a).equation();
            Read net = p.read(a, "Net MFI").orElseThrow(), result = p.read(a, "Result").orElseThrow();
            for (var e : result.values().entrySet()) {
                VendorWell w = p.wells().get(e.getKey());
                double dil = w.dilution() == null ? 1 : w.dilution();
                assertEquals(e.getValue(), dil * eq.concentration(net.value(e.getKey())), 1e-9 * e.getValue(), a + " " + e.getKey());
                compared++;
            }
        }
        assertEquals(2580, compared);
    }

    @Test
    void refitUnderTheVendorsModelReproducesEveryInRangeResult() throws Exception {
        MultiplexPlate p = thirtyPlex();
        List<String> reproduced = new ArrayList<>(), not = new ArrayList<>();
        for (String a : p.analyteNames()) {
            VendorStandards s = VendorStandards.of(p, a);
            VendorModelFitter.Fit fit = VendorModelFitter.fit(s.concentration(), s.signal(), true, VendorWeighting.XPONENT_INV_Y2);
            assertTrue(fit.converged(), a + ": " + fit.failure());
            Read net = p.read(a, "Net MFI").orElseThrow(), result = p.read(a, "Result").orElseThrow();
            double worst = 0;
            for (var e : result.values().entrySet()) {
                VendorWell w = p.wells().get(e.getKey());
                double mine = (w.dilution() == null ? 1 : w.dilution()) * fit.equation().concentration(net.value(e.getKey()));
                worst = Math.max(worst, Math.abs(mine - e.getValue()) / e.getValue());
            }
            // 4 significant figures: within half a unit of the 4th figure
            (worst < 5e-5 ? reproduced : not).add(a + " (worst relative difference " + worst + ")");
        }
        assertEquals(List.of(), not);
        assertEquals(30, reproduced.size());
    }

    /**
     * Bio-Plex prints FI to 0.1 and Obs Conc to 0.01, so the footer equation can only be checked within that precision:
     * every in-range Obs Conc lies within the concentrations the equation gives for FI − Bkgd ± 0.05 (± 0.005). Near the
     * bottom asymptote that interval is wide (IL-13 C1: FI 34.8 over a bottom of 33.98), elsewhere it is about 4 figures.
     */
    @Test
    void bioPlexFooterEquationGivesObsConcWithinThePrintedPrecision() throws Exception {
        MultiplexPlate p = MultiplexImporters.importFile(MultiplexExportsDir.file("bio-rad-bioplex/labkey_pnLINCO20070302A.xlsx"), null)
                .plates().get(0);
        int compared = 0;
        for (String a : p.analyteNames()) {
            LogisticEquation eq = p.curves().get(a).equation();
            Read fi = p.read(a, "FI - Bkgd").orElseThrow(), obs = p.read(a, "Obs Conc").orElseThrow();
            for (var e : obs.values().entrySet()) {
                double y = fi.value(e.getKey());
                double lo = eq.concentration(y - 0.05), hi = eq.concentration(y + 0.05);
                if (Double.isNaN(lo)) lo = 0; // FI − 0.05 is below the bottom: the interval reaches zero
                double slack = 0.005 + 1e-4 * e.getValue(); // and the coefficients are printed to 6 figures
                assertTrue(e.getValue() + slack >= Math.min(lo, hi) && e.getValue() - slack <= Math.max(lo, hi),
                        a + " " + e.getKey() + ": Obs Conc " + e.getValue() + " outside [" + lo + ", " + hi + "]");
                compared++;
            }
        }
        assertEquals(1199, compared);
        assertEquals(37.53, p.curves().get("IL-1b").equation().concentration(1960.8), 0.005); // X1, A3/B3, hand-checked
    }
}

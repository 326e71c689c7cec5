package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutputNamesTest {

    @Test
    void plateNamesAreAsciiAndNeverRepeatTheAnalyte() {
        assertEquals("plate02-TNF-alpha-curve", OutputNames.plate(1, "TNF-α", "TNF-α", "curve"));
        assertEquals("plate01-IL-6-heatmap", OutputNames.plate(0, "IL-6", "IL-6", "heatmap"));
        assertEquals("plate07-IL-6-plate-2-residuals", OutputNames.plate(6, "IL-6 plate 2", "IL-6", "residuals"));
        assertEquals("plate03-IFN-gamma-run-B-heatmap", OutputNames.plate(2, "run B", "IFN-γ", "heatmap"));
        assertEquals("plate100-IL-10-curve", OutputNames.plate(99, "IL-10", "IL-10", "curve"));
    }

    @Test
    void unsafeCharactersCollapseAndAccentsDrop() {
        assertEquals("dose-TNF-alpha", OutputNames.analyte("TNF-α", "dose"));
        assertEquals("Interleukine-6-reelle", OutputNames.ascii("Interleukine 6 / réelle"));
        assertEquals("x", OutputNames.ascii("///"));
        assertEquals("IL-1beta", OutputNames.ascii("IL-1β"));
    }
}

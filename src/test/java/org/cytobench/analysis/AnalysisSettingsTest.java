package org.cytobench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        assertEquals(BlankHandling.SUBTRACT_MEAN_BLANK, d.blankHandling());
        assertEquals(BelowLloqHandling.HALF_LLOQ, d.belowLloq());
        assertEquals(AboveUloqHandling.ULOQ, d.aboveUloq());
        assertEquals(ReplicateUnit.AUTO, d.replicateUnit());
        assertEquals(new QcRules(20, 25, 0.75, 6, 20, 25, 20, 25), d.qcRules());
    }

    @Test
    void withCopiesChangeOneThing() {
        AnalysisSettings s = AnalysisSettings.DEFAULT.withErrorBars(ErrorBars.SEM).withQcRules(QcRules.ICH_M10.withMaxCv(15, 20));
        assertEquals(ErrorBars.SEM, s.errorBars());
        assertEquals(15, s.qcRules().maxCvPct());
        assertEquals(QcRules.ICH_M10.standardTolerancePct(), s.qcRules().standardTolerancePct());
        assertEquals(AnalysisSettings.DEFAULT.belowLloq(), s.belowLloq());
    }

    @Test
    void rejectsImpossibleRules() {
        assertThrows(IllegalArgumentException.class, () -> QcRules.ICH_M10.withPassingLevels(1.5, 6));
        assertThrows(IllegalArgumentException.class, () -> QcRules.ICH_M10.withStandardTolerance(0, 25));
    }

    @Test
    void describesTheChoicesForAMethodsParagraph() {
        String d = AnalysisSettings.DEFAULT.describe();
        assertTrue(d.contains("Values below the LLOQ enter summaries as LLOQ/2 (× dilution factor)"), d);
        assertTrue(d.contains("within ±20% of nominal (±25% at the LLOQ and ULOQ)"), d);
        assertTrue(d.contains("at least 75% of the non-zero levels and at least 6 levels"), d);
    }
}

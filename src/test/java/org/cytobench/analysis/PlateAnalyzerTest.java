package org.cytobench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

class PlateAnalyzerTest {

    private static PlateAnalysis analyze(AssayRun run, AnalysisSettings settings) {
        return PlateAnalyzer.analyze(run, 0, CurveSettings.DEFAULT, settings);
    }

    private static SampleResult sample(PlateAnalysis p, String cultureWell) {
        return p.samples().stream().filter(s -> s.cultureWells().get(0).equals(WellPosition.parse(cultureWell))).findFirst().orElseThrow();
    }

    @Test
    void subtractsReferenceAndMeanBlankAndRecoversSampleConcentrations() {
        AssayRun run = new SyntheticPlates.Builder()
                .sample("A1", "A1", 10, 100).sample("A2", "A1", 10, 100)
                .sample("B1", "B1", 10, 400).sample("B2", "B1", 10, 400)
                .run();
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT);
        assertEquals(SyntheticPlates.A, p.blank(), 1e-12);
        WellResult a1 = p.well(WellPosition.parse("A1")).orElseThrow();
        assertEquals(a1.primary() - SyntheticPlates.REF, a1.corrected(), 1e-12);
        assertEquals(a1.corrected() - SyntheticPlates.A, a1.value(), 1e-12);
        assertTrue(p.fit().isConverged(), p.fit().reason());
        // the ±0.4% replicate error averages out in the sample mean: 1000 and 4000 pg/mL after ×10, within 1%
        assertEquals(1000, sample(p, "A1").concentration(), 10);
        assertEquals(4000, sample(p, "B1").concentration(), 40);
        assertEquals(ValueStatus.OK, sample(p, "A1").status());
        assertTrue(sample(p, "A1").ciLow() < 1000 && sample(p, "A1").ciHigh() > 1000);
        assertEquals(sample(p, "A1").concentration(), sample(p, "A1").summaryValue());
        assertEquals(2, sample(p, "A1").response().n());
    }

    @Test
    void passesAllSevenLevelsAndSetsLimitsToTheOuterStandards() {
        PlateAnalysis p = analyze(new SyntheticPlates.Builder().run(), AnalysisSettings.DEFAULT);
        assertTrue(p.passed(), p.verdict().summary());
        assertEquals(7, p.standards().size());
        assertEquals(15.625, p.lloq(), 1e-12);
        assertEquals(1000, p.uloq(), 1e-12);
        StandardLevelResult low = p.standards().get(0);
        assertTrue(low.atLimit());
        assertEquals(25, low.allowedDeviationPct());
        assertEquals(20, p.standards().get(3).allowedDeviationPct());
        assertTrue(p.wells().stream().filter(w -> w.role() == org.cytobench.plate.WellRole.STANDARD)
                .allMatch(w -> w.status().hasConcentration() && w.status() != ValueStatus.BELOW_LLOQ));
        assertEquals(100, low.recoveryPct(), 2);
        // ±0.4% alternating on the OD, then the 0.05 background subtracted: CV = 0.4·√2·OD/(OD − background) %
        double od = SyntheticPlates.od(15.625);
        assertEquals(0.4 * Math.sqrt(2) * od / (od - SyntheticPlates.A), low.response().cvPct(), 1e-9);
    }

    @Test
    void flagsEveryValueOutsideTheRangeAndNeverExtrapolatesSilently() {
        AssayRun run = new SyntheticPlates.Builder()
                .sample("A1", "A1", 1, 5)                  // below the 15.6 LLOQ but on the curve
                .sample("A2", "A2", 1, 3000)               // above the 1000 ULOQ, below the top asymptote
                .sampleResponse("A3", "A3", 1, 2.7)        // above the top asymptote (2.5)
                .sampleResponse("A4", "A4", 1, 0.01)       // below the blank
                .sample("A5", "A5", 1, 100).marker("A5", "OVRFLW")
                .sample("A6", "A6", 1, 100)
                .run().withMask(new MaskedWell(WellPosition.parse("A6"), "bubble"));
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT);
        SampleResult below = sample(p, "A1");
        assertEquals(ValueStatus.BELOW_LLOQ, below.status());
        assertEquals(5, below.concentration(), 0.5);              // the number is kept, its status says what it is worth
        assertEquals(15.625 / 2, below.summaryValue(), 1e-12);     // LLOQ/2 by default
        assertEquals(ValueStatus.ABOVE_ULOQ, sample(p, "A2").status());
        assertEquals(1000, sample(p, "A2").summaryValue(), 1e-12);
        assertEquals(ValueStatus.NO_SOLUTION, sample(p, "A3").status());
        assertNull(sample(p, "A3").concentration());
        assertEquals(ValueStatus.BELOW_LLOQ, sample(p, "A4").status());
        assertNull(sample(p, "A4").concentration());
        WellResult marked = p.well(WellPosition.parse("A5")).orElseThrow();
        assertEquals(ValueStatus.INSTRUMENT_MARKER, marked.status());
        assertEquals("OVRFLW", marked.marker());
        assertNull(marked.value());
        assertEquals(ValueStatus.INSTRUMENT_MARKER, sample(p, "A5").status());
        assertNull(sample(p, "A5").summaryValue());
        assertEquals(ValueStatus.MASKED, sample(p, "A6").status());
        assertEquals(List.of(new MaskedWell(WellPosition.parse("A6"), "bubble")), p.masked());
        assertTrue(sample(p, "A6").notes().get(0).contains("bubble"));
    }

    @Test
    void belowLloqHandlingIsASetting() {
        AssayRun run = new SyntheticPlates.Builder().sample("A1", "A1", 4, 5).run();
        assertNull(sample(analyze(run, AnalysisSettings.DEFAULT.withBelowLloq(BelowLloqHandling.EXCLUDE)), "A1").summaryValue());
        assertEquals(15.625 * 4, sample(analyze(run, AnalysisSettings.DEFAULT.withBelowLloq(BelowLloqHandling.LLOQ)), "A1").summaryValue(), 1e-12);
    }

    @Test
    void censoredValuesCanEnterAsReadFromTheCurveAndSayHow() {
        AssayRun run = new SyntheticPlates.Builder()
                .sample("A1", "A1", 4, 5)                  // below the LLOQ, on the curve
                .sampleResponse("A4", "A4", 1, 0.01)       // below the blank: no value on the curve
                .sample("A2", "A2", 2, 3000)               // above the ULOQ, below the top asymptote
                .sampleResponse("A3", "A3", 1, 2.7)        // above the top asymptote
                .sample("A5", "A5", 1, 100)
                .run();
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT.withBelowLloq(BelowLloqHandling.AS_INTERPOLATED)
                .withAboveUloq(AboveUloqHandling.AS_EXTRAPOLATED));
        SampleResult low = sample(p, "A1");
        assertEquals(ValueStatus.BELOW_LLOQ, low.status());
        assertEquals(low.concentration(), low.summaryValue(), 0);     // the curve's own value (× 4), not a substitute
        assertEquals(20, low.summaryValue(), 2);
        assertEquals(EnteredAs.INTERPOLATED, low.enteredAs());
        assertTrue(low.enteredAs().substituted());
        assertNull(sample(p, "A4").summaryValue());                 // nothing to interpolate below the asymptote
        assertEquals(EnteredAs.EXCLUDED, sample(p, "A4").enteredAs());
        SampleResult high = sample(p, "A2");
        assertEquals(ValueStatus.ABOVE_ULOQ, high.status());
        assertEquals(high.concentration(), high.summaryValue(), 0);
        assertTrue(high.summaryValue() > 2000, "above ULOQ × dilution: " + high.summaryValue());   // extrapolation is imprecise, that is the flag
        assertEquals(EnteredAs.EXTRAPOLATED, high.enteredAs());
        assertNull(sample(p, "A3").summaryValue());
        assertEquals(EnteredAs.MEASURED, sample(p, "A5").enteredAs());
        PlateAnalysis defaults = analyze(run, AnalysisSettings.DEFAULT);
        assertEquals(EnteredAs.HALF_LLOQ, sample(defaults, "A1").enteredAs());
        assertEquals(EnteredAs.ULOQ, sample(defaults, "A2").enteredAs());
        assertEquals(2000, sample(defaults, "A2").summaryValue(), 1e-9);   // ULOQ × dilution, a lower bound
    }

    @Test
    void maskedStandardWellIsLeftOutOfTheFitAndListed() {
        AssayRun run = new SyntheticPlates.Builder().misload("A11", 400).run();
        PlateAnalysis bad = analyze(run, AnalysisSettings.DEFAULT);
        PlateAnalysis masked = analyze(run.withMask(new MaskedWell(WellPosition.parse("A11"), "pipetting error")), AnalysisSettings.DEFAULT);
        assertEquals(14, bad.fit().n()); // 7 levels × 2; zero standards stay out when blanks are subtracted
        assertEquals(13, masked.fit().n());
        assertTrue(masked.passed(), masked.verdict().summary());
        assertEquals(ValueStatus.MASKED, masked.well(WellPosition.parse("A11")).orElseThrow().status());
    }

    @Test
    void failsWithEveryReasonWhenThreeLevelsHaveScatteredReplicates() {
        AssayRun run = new SyntheticPlates.Builder()
                .scale("B11", 1.3).scale("B12", 0.7)       // 500 pg/mL: replicates 30% apart
                .scale("D11", 1.3).scale("D12", 0.7)       // 125
                .scale("E11", 1.3).scale("E12", 0.7)       // 62.5
                .run();
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT);
        assertFalse(p.passed());
        // the scatter also pulls the curve: 250 pg/mL, whose replicates agree, back-calculates 41% high
        assertEquals(3, p.verdict().passingLevels(), p.verdict().summary());
        List<String> reasons = p.verdict().reasons();
        assertTrue(reasons.contains("only 3 of 7 standard levels passed; at least 6 are required"), reasons.toString());
        assertTrue(reasons.contains("only 3 of 7 standard levels passed (42.9%); at least 75% must pass"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.equals("standard 125 pg/mL: back-calculated 166 pg/mL is 133.0% of nominal (allowed 80–120%) and replicate CV 44.9% is above 20%")), reasons.toString());
        assertEquals(15.625, p.lloq(), 0);     // the lowest level still passes and stays the LLOQ
    }

    @Test
    void swappedStandardsThatCannotBeFittedFailWithTheFittersReason() {
        AssayRun run = new SyntheticPlates.Builder()
                .misload("D11", 62.5).misload("D12", 62.5).misload("E11", 125).misload("E12", 125).run();
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT);
        assertFalse(p.passed());
        if (!p.fit().isConverged()) {
            assertTrue(p.verdict().reasons().get(0).startsWith("the standard curve could not be fitted: "));
            assertTrue(p.samples().stream().allMatch(s -> s.status() == ValueStatus.NO_CURVE));
        }
    }

    @Test
    void qcControlOffByAThirdFails() {
        AssayRun run = new SyntheticPlates.Builder().qc("A10", 200, 270).qc("B10", 200, 270).qc("C10", 40, 41).qc("D10", 40, 41).run();
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT);
        assertFalse(p.passed());
        assertEquals(1, p.verdict().reasons().size(), p.verdict().reasons().toString());
        assertTrue(p.verdict().reasons().get(0).startsWith("QC 200: back-calculated 2"), p.verdict().reasons().get(0));
        assertTrue(p.qcs().get(0).passed());
        assertEquals(102.5, p.qcs().get(0).recoveryPct(), 1.5);
    }

    @Test
    void zeroStandardInFitSubtractsNothing() {
        AssayRun run = new SyntheticPlates.Builder().sample("A1", "A1", 1, 100).run();
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT.withBlankHandling(BlankHandling.ZERO_STANDARD_IN_FIT));
        assertNull(p.blank());
        assertEquals(16, p.fit().n());
        assertEquals(SyntheticPlates.A, p.fit().parameter("a"), 0.002);
        assertEquals(100, sample(p, "A1").concentration(), 1.5);
    }

    @Test
    void plateWithoutReadingsFailsInPlainWords() {
        AssayRun run = AssayRun.of(new SyntheticPlates.Builder().run().layout());
        PlateAnalysis p = analyze(run, AnalysisSettings.DEFAULT);
        assertFalse(p.passed());
        assertEquals(List.of("no readings have been imported for this plate"), p.verdict().reasons());
        assertTrue(p.wells().stream().allMatch(w -> w.status() == ValueStatus.NOT_READ));
    }
}

package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.WellPosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.junit.jupiter.api.Test;

class PlateHeatMapChartTest {

    @Test
    void overlaysEveryRoleLetterOnItsWell() {
        JFreeChart chart = PlateHeatMapChart.create(ChartFixtures.il6Run());
        List<XYTextAnnotation> texts = texts(chart);
        assertEquals(14, count(texts, "S"), "7 standard levels in duplicate");
        assertEquals(2, count(texts, "Z"));
        assertEquals(2, count(texts, "B"));
        assertEquals(1, count(texts, "Q"));
        XYTextAnnotation q = texts.stream().filter(t -> t.getText().equals("Q")).findFirst().orElseThrow();
        assertEquals(11, q.getX(), 1e-9, "G11 is column 11");
        assertEquals(6, q.getY(), 0.2, "G11 is row G (index 6)");
    }

    @Test
    void crossesMaskedWellsAndShowsMarkers() {
        AssayRun run = ChartFixtures.il6Run();
        JFreeChart chart = PlateHeatMapChart.create(run);
        List<XYLineAnnotation> lines = ((XYPlot) chart.getPlot()).getAnnotations().stream()
                .filter(a -> a instanceof XYLineAnnotation).map(a -> (XYLineAnnotation) a).toList();
        assertEquals(2, lines.size(), "one cross (two strokes) for the one masked well C3");
        assertEquals(3, (lines.get(0).getX1() + lines.get(0).getX2()) / 2, 1e-9);
        assertEquals(2, (lines.get(0).getY1() + lines.get(0).getY2()) / 2, 1e-9);
        assertEquals(1, count(texts(chart), "OVRFLW"));
        assertTrue(run.readings().read("450").orElseThrow().value(WellPosition.parse("H11")) == null);
    }

    @Test
    void colourScaleSpansTheRawValues() {
        AssayRun run = ChartFixtures.il6Run();
        XYBlockRenderer r = (XYBlockRenderer) ((XYPlot) PlateHeatMapChart.create(run).getPlot()).getRenderer();
        double max = run.readings().read("450").orElseThrow().values().values().stream().mapToDouble(d -> d).max().orElseThrow();
        assertEquals(max, r.getPaintScale().getUpperBound(), 1e-12);
        assertEquals(new Color(0xFDE725), r.getPaintScale().getPaint(max), "highest value is viridis yellow");
        assertEquals(new Color(0x440154), r.getPaintScale().getPaint(r.getPaintScale().getLowerBound()));
    }

    @Test
    void rendersAtJournalSize() {
        byte[] png = ChartExporter.png(PlateHeatMapChart.create(ChartFixtures.il6Run()), PlateHeatMapChart.SIZE, 150);
        assertTrue(png.length > 10_000);
    }

    @Test
    void refusesAPlateWithoutReadings() {
        AssayRun empty = AssayRun.of(ChartFixtures.il6Run().layout());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlateHeatMapChart.create(empty));
        assertTrue(e.getMessage().contains("no readings"));
    }

    static List<XYTextAnnotation> texts(JFreeChart chart) {
        List<XYAnnotation> all = ((XYPlot) chart.getPlot()).getAnnotations();
        return all.stream().filter(a -> a instanceof XYTextAnnotation).map(a -> (XYTextAnnotation) a).toList();
    }

    static long count(List<XYTextAnnotation> texts, String s) { return texts.stream().filter(t -> t.getText().equals(s)).count(); }
}

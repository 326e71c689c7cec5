package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cytobench.chart.svg.SvgDocuments;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The SVG of the standard-curve chart and the plate heat map: valid SVG 1.1, real text, and the same picture as the PNG. */
class ChartSvgExportTest {

    private static JFreeChart curve() {
        return StandardCurveChart.create(StandardCurveChartTest.data());
    }

    @Test
    void standardCurveSvgIsSvg11WithAxisTitlesAndTickLabelsAsTextElements() throws Exception {
        Document doc = SvgDocuments.parse(ChartExporter.svg(curve(), StandardCurveChart.SIZE));
        SvgDocuments.checkStructure(doc);
        List<String> texts = SvgDocuments.textStrings(doc);
        for (String s : new String[] {"Concentration (pg/mL)", "10", "100", "1000", "0.5", "1.0", "OD 450", "LLOQ", "ULOQ"}) {
            assertTrue(texts.contains(s), "'" + s + "' as a <text> in " + texts);
        }
        SvgDocuments.Text yTitle = SvgDocuments.texts(doc).stream().filter(t -> t.text().startsWith("OD 450")).findFirst().orElseThrow();
        assertTrue(yTitle.transform().startsWith("matrix(0 -1 1 0 "), "the y-axis title is rotated text: " + yTitle);
    }

    @Test
    void heatMapSvgIsSvg11WithRowColumnAndWellLabelsAsText() throws Exception {
        Document doc = SvgDocuments.parse(ChartExporter.svg(PlateHeatMapChart.create(ChartFixtures.il6Run()), PlateHeatMapChart.SIZE));
        SvgDocuments.checkStructure(doc);
        List<String> texts = SvgDocuments.textStrings(doc);
        for (String s : new String[] {"A", "H", "1", "12", "S", "OVRFLW"}) assertTrue(texts.contains(s), s + " in " + texts);
    }

    @Test
    void chartSvgsAreValidAgainstTheSvg11Dtd() throws Exception {
        CurveChartData d = StandardCurveChartTest.data();
        assertEquals(List.of(), SvgDocuments.svg11DtdErrors(ChartExporter.svg(StandardCurveChart.create(d), StandardCurveChart.SIZE)));
        assertEquals(List.of(), SvgDocuments.svg11DtdErrors(ChartExporter.svg(StandardCurveChart.residuals(d), StandardCurveChart.RESIDUAL_SIZE)));
        assertEquals(List.of(), SvgDocuments.svg11DtdErrors(ChartExporter.svg(PlateHeatMapChart.create(ChartFixtures.il6Run()),
                PlateHeatMapChart.SIZE)));
        // the check can fail: an element SVG 1.1 does not have
        String bad = ChartExporter.svg(StandardCurveChart.create(d), StandardCurveChart.SIZE).replace("<defs>", "<defs><blink/>");
        assertTrue(SvgDocuments.svg11DtdErrors(bad).stream().anyMatch(e -> e.contains("blink")), "an unknown element is reported");
    }

    @Test
    void standardCurveSvgDrawnByLibrsvgLooksLikeThePng(@TempDir Path dir) throws Exception {
        assumeTrue(SvgDocuments.rsvgAvailable(), "rsvg-convert (librsvg2-bin) is not installed");
        JFreeChart chart = curve();
        BufferedImage png = ChartExporter.image(chart, StandardCurveChart.SIZE, 150);
        BufferedImage svg = SvgDocuments.renderWithRsvg(ChartExporter.svg(chart, StandardCurveChart.SIZE), 150, dir).orElseThrow();
        assertEquals(png.getWidth(), svg.getWidth(), 1);
        assertEquals(png.getHeight(), svg.getHeight(), 1);
        double same = SvgDocuments.difference(png, svg);
        double share = SvgDocuments.disagreeingShare(png, svg);
        // the measure tells pictures apart: the residual plot at the same size differs many times more
        BufferedImage other = ChartExporter.image(StandardCurveChart.residuals(StandardCurveChartTest.data()), StandardCurveChart.SIZE, 150);
        double different = SvgDocuments.difference(other, svg);
        assertTrue(same < 2.0, "mean block difference " + same + " (another chart: " + different + ")");
        assertTrue(share < 0.01, "blocks that disagree outright: " + share);
        assertTrue(different > 5 * same, "another chart " + different + " vs " + same);
    }

    @Test
    void heatMapSvgDrawnByLibrsvgLooksLikeThePng(@TempDir Path dir) throws Exception {
        assumeTrue(SvgDocuments.rsvgAvailable(), "rsvg-convert (librsvg2-bin) is not installed");
        JFreeChart chart = PlateHeatMapChart.create(ChartFixtures.il6Run());
        BufferedImage png = ChartExporter.image(chart, PlateHeatMapChart.SIZE, 150);
        Optional<BufferedImage> svg = SvgDocuments.renderWithRsvg(ChartExporter.svg(chart, PlateHeatMapChart.SIZE), 150, dir);
        double same = SvgDocuments.difference(png, svg.orElseThrow());
        assertTrue(same < 2.0, "mean block difference " + same);
        assertTrue(SvgDocuments.disagreeingShare(png, svg.get()) < 0.01, "blocks that disagree outright");
    }
}

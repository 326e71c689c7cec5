package org.cytobench.chart.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.FigureSize;
import org.cytobench.project.ProjectFiles;
import org.cytobench.report.AnalysisCharts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dose-response figure of the bundled sample experiment, laid out at journal sizes: every text box measured, none
 * overlapping another or a data point, all inside the figure, and the labels a reviewer looks for present.
 */
class DoseFigureLayoutTest {

    private static List<DosePanelData> panels;

    @BeforeAll
    static void analyse() throws Exception {
        var experiment = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment();
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(experiment, AnalysisSettings.DEFAULT);
        panels = new ArrayList<>();
        for (DoseResponse d : a.doseResponses()) panels.add(AnalysisCharts.dosePanel(d, a.settings()));
    }

    static Stream<Arguments> sizes() {
        List<Arguments> list = new ArrayList<>();
        for (DoseFigureSettings.Style style : DoseFigureSettings.Style.values()) {
            for (double width : DoseFigureSettings.JOURNAL_WIDTHS_MM) {
                for (double font : new double[] {7, 9}) {
                    for (boolean log : new boolean[] {false, true}) list.add(Arguments.of(style, width, font, log));
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} at {1} mm, {2} pt, log {3}")
    @MethodSource("sizes")
    void noTextOverlapsAnotherTextOrAPoint(DoseFigureSettings.Style style, double width, double font, boolean log) {
        DoseFigureSettings s = DoseFigureSettings.DEFAULT.withStyle(style).withWidthMm(width).withFontPt(font).withLogY(log);
        for (List<DosePanelData> set : List.of(List.of(panels.get(0)), panels)) {
            DoseFigure f = new DoseFigure(set, s);
            List<DoseFigure.Box> boxes = f.measure();
            FigureSize size = f.size();
            Rectangle2D page = new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints());
            List<DoseFigure.Box> texts = boxes.stream().filter(b -> !b.kind().equals("point") && !b.kind().equals("legend-marker")).toList();
            for (DoseFigure.Box b : boxes) {
                assertTrue(page.contains(b.bounds()), b + " lies outside the " + size + " figure");
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    assertFalse(shrunk(texts.get(i).bounds()).intersects(shrunk(texts.get(j).bounds())),
                            "'" + texts.get(i).text() + "' (" + texts.get(i).kind() + ") overlaps '" + texts.get(j).text() + "' ("
                                    + texts.get(j).kind() + ")");
                }
                for (DoseFigure.Box p : boxes) {
                    if (!p.kind().equals("point")) continue;
                    assertFalse(shrunk(texts.get(i).bounds()).intersects(p.bounds()),
                            "'" + texts.get(i).text() + "' (" + texts.get(i).kind() + ") lies over a data point of " + p.text());
                }
            }
        }
    }

    /** Glyph boxes include the font's leading; half a point of slack keeps touching lines from counting as overlap. */
    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + 0.25, r.getY() + 0.5, Math.max(0, r.getWidth() - 0.5), Math.max(0, r.getHeight() - 1));
    }

    @Test
    void labelsAReviewerLooksFor() {
        DoseFigure f = new DoseFigure(panels.get(0), DoseFigureSettings.DEFAULT);
        List<String> texts = f.measure().stream().map(DoseFigure.Box::text).toList();
        assertTrue(texts.contains("Thymalfasin (ng/mL)"), texts.toString());
        assertTrue(texts.contains("Vehicle"), texts.toString());
        assertTrue(texts.contains("100"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("LPS")), texts.toString());
        assertTrue(texts.contains("IL-6 (pg/mL)"), texts.toString());
        // the IL-6 doses differ from vehicle in the sample (README): at least one bracket carries stars
        assertTrue(f.layout().stream().anyMatch(b -> b.kind().equals("significance") && b.text().startsWith("*")), texts.toString());
    }

    @Test
    void aMultiPanelFigureLettersItsPanels() {
        DoseFigure f = new DoseFigure(panels, DoseFigureSettings.DEFAULT.withWidthMm(174));
        List<String> letters = f.measure().stream().filter(b -> b.kind().equals("panel-letter")).map(DoseFigure.Box::text).toList();
        assertEquals(panels.size() >= 3 ? List.of("A", "B", "C") : List.of("A", "B"), letters.subList(0, Math.min(3, letters.size())));
        assertEquals(174, f.size().widthMm(), 1e-9);
    }

    @Test
    void writesTheFiguresForTheDocs() throws Exception {
        Path dir = Path.of("target", "dose-figures");
        Files.createDirectories(dir);
        DoseFigure single = new DoseFigure(panels.get(0), DoseFigureSettings.DEFAULT);
        Files.write(dir.resolve("single-bars.png"), ChartExporter.png(single, single.size(), 300));
        DoseFigure box = new DoseFigure(panels.get(0), DoseFigureSettings.DEFAULT.withStyle(DoseFigureSettings.Style.BOX).withLogY(true));
        Files.write(dir.resolve("single-box-log.png"), ChartExporter.png(box, box.size(), 300));
        DoseFigure multi = new DoseFigure(panels, DoseFigureSettings.DEFAULT.withWidthMm(174));
        Files.write(dir.resolve("multi-bars.png"), ChartExporter.png(multi, multi.size(), 300));
        DoseFigure violin = new DoseFigure(panels, DoseFigureSettings.DEFAULT.withWidthMm(174).withStyle(DoseFigureSettings.Style.VIOLIN)
                .withSignificance(DoseFigureSettings.Significance.P_VALUES));
        Files.write(dir.resolve("multi-violin-p.png"), ChartExporter.png(violin, violin.size(), 300));
        assertTrue(Files.size(dir.resolve("single-bars.png")) > 10_000);
    }
}

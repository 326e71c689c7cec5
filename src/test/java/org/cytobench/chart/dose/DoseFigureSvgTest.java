package org.cytobench.chart.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.svg.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The dose figure as SVG: valid SVG 1.1, every text the layout placed is a {@code <text>}, and it draws like the PNG. */
class DoseFigureSvgTest {

    private static DoseFigure figure() {
        return new DoseFigure(DoseFigureTest.panel(), DoseFigureSettings.DEFAULT);
    }

    @Test
    void everyTextTheLayoutPlacedIsATextElement() throws Exception {
        DoseFigure f = figure();
        Document doc = SvgDocuments.parse(ChartExporter.svg(f, f.size()));
        SvgDocuments.checkStructure(doc);
        List<String> texts = SvgDocuments.textStrings(doc);
        List<DoseFigure.Box> boxes = f.measure();
        long placed = boxes.stream().filter(b -> b.text() != null && !b.text().isEmpty()).count();
        assertTrue(placed > 15, "the layout placed " + placed + " texts");
        for (DoseFigure.Box b : boxes) {
            if (b.text() != null && !b.text().isEmpty()) assertTrue(texts.contains(b.text()), b.kind() + " '" + b.text() + "' in " + texts);
        }
        for (String s : new String[] {"Medium", "Vehicle", "100", "LPS 100 ng/mL", "D1", "LLOQ"}) assertTrue(texts.contains(s), s);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("TNF-α")), "the y-axis title with its α: " + texts);
        SvgDocuments.Text yTitle = SvgDocuments.texts(doc).stream().filter(t -> t.text().startsWith("TNF-α (")).findFirst().orElseThrow();
        assertTrue(yTitle.transform().startsWith("matrix(0 -1 1 0 "), "rotated: " + yTitle);
    }

    @Test
    void everyStyleIsValidAgainstTheSvg11Dtd() throws Exception {
        for (DoseFigureSettings.Style style : DoseFigureSettings.Style.values()) {
            DoseFigure f = new DoseFigure(List.of(DoseFigureTest.panel(), DoseFigureTest.panel()),
                    DoseFigureSettings.DEFAULT.withStyle(style).withLogY(style == DoseFigureSettings.Style.VIOLIN));
            assertEquals(List.of(), SvgDocuments.svg11DtdErrors(ChartExporter.svg(f, f.size())), style.toString());
        }
    }

    @Test
    void svgDrawnByLibrsvgLooksLikeThePng(@TempDir Path dir) throws Exception {
        assumeTrue(SvgDocuments.rsvgAvailable(), "rsvg-convert (librsvg2-bin) is not installed");
        DoseFigure f = figure();
        BufferedImage png = ChartExporter.image(f, f.size(), 150);
        BufferedImage svg = SvgDocuments.renderWithRsvg(ChartExporter.svg(f, f.size()), 150, dir).orElseThrow();
        assertEquals(png.getWidth(), svg.getWidth(), 1);
        assertEquals(png.getHeight(), svg.getHeight(), 1);
        double same = SvgDocuments.difference(png, svg);
        DoseFigure points = new DoseFigure(DoseFigureTest.panel(), DoseFigureSettings.DEFAULT.withStyle(DoseFigureSettings.Style.BOX));
        double different = SvgDocuments.difference(ChartExporter.image(points, points.size(), 150), svg);
        assertTrue(same < 2.0, "mean block difference " + same + " (box plot instead of bars: " + different + ")");
        assertTrue(SvgDocuments.disagreeingShare(png, svg) < 0.01, "blocks that disagree outright");
        assertTrue(different > 3 * same, "the same data as a box plot " + different + " vs " + same);
    }
}

package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.cytobench.chart.FigureSize;
import org.cytobench.pdf.PdfContent;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    @Test
    void longTablesContinueOnNewPages() {
        Table.Builder b = Table.builder("wells", "well", "od");
        for (int i = 0; i < 200; i++) b.row("A" + i, 0.1 * i);
        ReportDocument doc = new ReportDocument("test").title("Report").table(b.build());
        // 7 pt rows (≈11 pt with padding) on ~730 pt of usable height: 200 rows need more than two pages, fewer than five
        assertTrue(doc.pageCount() >= 3 && doc.pageCount() <= 4, "pages: " + doc.pageCount());
    }

    @Test
    void aTableTooWideForThePageWrapsItsHeadersBeforeClippingAnything() {
        var g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        java.awt.FontMetrics hm = g.getFontMetrics(ReportDocument.TABLE_HEAD);
        java.awt.FontMetrics fm = g.getFontMetrics(ReportDocument.TABLE);
        // the report's flow table: file names and four long readout headers
        java.util.List<String> headers = java.util.List.of("file", "well", "group", "donor", "events", "% CD69+ of CD4+",
                "% CD25+ of CD4+", "% CD69+ of CD8+", "% CD25+ of CD8+");
        java.util.List<String[]> cells = java.util.List.<String[]>of(new String[] {"2024-11-14_Tcell_A01.fcs", "A1",
                "LPS 100 ng/mL + Tα1 100 ng/mL", "D1", "2000", "0.8 (132 events)", "3.8 (132 events)", "0.0 (71 events)", "0.0 (71 events)"});
        double[] w = ReportDocument.columnWidths(headers, cells, hm, fm, ReportDocument.WIDTH);
        double sum = 0;
        for (double x : w) sum += x;
        assertTrue(sum <= ReportDocument.WIDTH + 1e-9, sum + " > " + ReportDocument.WIDTH);
        double fullHeaders = 0;
        for (int c = 0; c < headers.size(); c++) {
            fullHeaders += Math.max(hm.stringWidth(headers.get(c)), fm.stringWidth(cells.get(0)[c])) + 6;
            assertTrue(w[c] >= fm.stringWidth(cells.get(0)[c]) + 6 - 1e-9, "cell of column " + c + " clipped");
            for (String word : headers.get(c).split(" ")) assertTrue(w[c] >= hm.stringWidth(word) + 6 - 1e-9, word + " clipped");
        }
        assertTrue(fullHeaders > ReportDocument.WIDTH, "the case needs wrapping: " + fullHeaders);
        // a table that fits keeps one-line headers: every column as wide as its header
        double[] small = ReportDocument.columnWidths(java.util.List.of("well", "% CD69+ of CD4+"),
                java.util.List.<String[]>of(new String[] {"A1", "4.2"}), hm, fm, ReportDocument.WIDTH);
        assertEquals(hm.stringWidth("% CD69+ of CD4+") + 6, small[1], 1e-9);
    }

    @Test
    void figuresThatDoNotFitStartANewPage() {
        FigureSize tall = new FigureSize(150, 150); // 425 pt high
        ReportDocument doc = new ReportDocument("t").figure((g, r) -> g.draw(r), tall).figure((g, r) -> g.draw(r), tall);
        assertEquals(2, doc.pageCount());
    }

    @Test
    void pdfHasOnePagePerLaidOutPage() throws Exception {
        ReportDocument doc = new ReportDocument("t").title("TNF-α summary").paragraph("µg/mL ".repeat(300)).pageBreak()
                .paragraph("second page");
        byte[] bytes = doc.toPdf("x");
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
        PdfContent pdf = PdfContent.of(bytes);
        assertEquals(2, doc.pageCount());
        assertEquals(doc.pageCount(), pdf.pages().size());
        assertEquals(595.28, pdf.pages().get(0).getWidth(), 0.01, "A4");
        assertTrue(pdf.text().contains("TNF-α summary") && pdf.text().contains("second page"), pdf.text());
        assertTrue(pdf.text().contains("t · page 2 of 2"), "footer: " + pdf.text());
    }

    @Test
    void tableCellsAndParagraphsAreTextInTheEmbeddedLiberationSans() throws Exception {
        Table t = Table.builder("limits", "level", "limit %", "result").row("standard 15.63", "±25", "pass")
                .row("QC low", "±20", "fail").build();
        byte[] bytes = new ReportDocument("f").heading("IL-10 (pg/mL)").verdict("QC pass — range 15.6 to 1000 pg/mL", true)
                .paragraph("p ≤ 0.05; Tα1 10–100 ng/mL; 100 µL/well").table(t).toPdf("x");
        PdfContent pdf = PdfContent.of(bytes);
        String text = pdf.flatText();
        for (String s : new String[] {"IL-10 (pg/mL)", "QC pass — range 15.6 to 1000 pg/mL", "p ≤ 0.05; Tα1 10–100 ng/mL; 100 µL/well",
                "limit %", "±25", "standard 15.63", "QC low"}) {
            assertTrue(text.contains(s), "'" + s + "' in: " + text);
        }
        assertEquals(2, pdf.fonts().size(), "regular and bold: " + pdf.fonts());
        for (PdfContent.FontUse f : pdf.fonts()) {
            assertTrue(f.embeddedTrueType() && f.subset() && f.name().contains("LiberationSans"), f.toString());
        }
    }

    @Test
    void pagesRenderWithInkWhereTheTextIs() {
        ReportDocument doc = new ReportDocument("footer").title("Title");
        BufferedImage img = doc.pageImage(0, 72);
        assertEquals(595, img.getWidth(), 1);
        boolean inkNearTop = false;
        for (int x = 48; x < 150; x++) for (int y = 50; y < 64; y++) if ((img.getRGB(x, y) & 0xFF) < 100) inkNearTop = true;
        assertTrue(inkNearTop, "the title is drawn at the top margin");
    }

    @Test
    void formatsNumbersWithFourSignificantDigits() {
        assertEquals("2.528", ReportDocument.format(2.52812));
        assertEquals("1235", ReportDocument.format(1234.6));
        assertEquals("0.05120", ReportDocument.format(0.0512));
        assertEquals("", ReportDocument.format(Double.NaN));
        assertEquals("9", ReportDocument.format(9));
    }
}

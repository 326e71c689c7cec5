package org.cytobench.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class TextPdfTest {

    private static byte[] onePage(Font font, String... lines) {
        return new TextPdf("test").page(300, 200, g -> {
            g.setColor(Color.BLACK);
            g.setFont(font);
            for (int i = 0; i < lines.length; i++) g.drawString(lines[i], 10, 20 + 14 * i);
        }).toBytes();
    }

    @Test
    void writesGreekMicroAndMathSignsAsSearchableText() throws Exception {
        PdfContent pdf = PdfContent.of(onePage(BundledFont.LIBERATION_SANS.font(9),
                "TNF-α 100 µL/well", "mean ± SD, p ≤ 0.05, 10–100 ng/mL", "OD 450 − 570, m², IFN-γ", "samples off the curve"));
        String text = pdf.text();
        for (String s : new String[] {"TNF-α 100 µL/well", "mean ± SD, p ≤ 0.05, 10–100 ng/mL", "OD 450 − 570, m², IFN-γ",
                "samples off the curve"}) {
            assertTrue(text.contains(s), "'" + s + "' in: " + text);
        }
        assertEquals(1, pdf.fonts().size(), "one font: " + pdf.fonts());
        PdfContent.FontUse f = pdf.fonts().get(0);
        assertTrue(f.embeddedTrueType() && f.subset() && f.name().endsWith("+LiberationSans"), f.toString());
    }

    @Test
    void mapsTheLogicalSansSerifFontAndBoldToTheBundledDejaVuSans() throws Exception {
        PdfContent plain = PdfContent.of(onePage(new Font(Font.SANS_SERIF, Font.PLAIN, 8), "IL-6 (pg/mL)"));
        PdfContent bold = PdfContent.of(onePage(new Font(Font.SANS_SERIF, Font.BOLD, 9), "IL-6 — raw OD 450"));
        assertTrue(plain.text().contains("IL-6 (pg/mL)"), plain.text());
        assertTrue(bold.text().contains("IL-6 — raw OD 450"), bold.text());
        assertTrue(plain.fonts().get(0).name().endsWith("+DejaVuSans"), plain.fonts().toString());
        assertTrue(bold.fonts().get(0).name().endsWith("+DejaVuSans-Bold"), bold.fonts().toString());
        assertTrue(bold.fonts().get(0).embeddedTrueType());
    }

    @Test
    void textTheBundledFontsCannotWriteIsDrawnAsOutlinesNotLost() throws Exception {
        // a serif family has no bundled font: it is drawn as shapes in its own font, so no font (embedded or not) appears
        PdfContent serif = PdfContent.of(onePage(new Font(Font.SERIF, Font.PLAIN, 9), "Serif text"));
        assertTrue(serif.fonts().isEmpty(), serif.fonts().toString());
        assertFalse(serif.text().contains("Serif"));
        // a character DejaVu Sans lacks (CJK) must not throw nor silently vanish
        byte[] cjk = onePage(new Font(Font.SANS_SERIF, Font.PLAIN, 9), "IL-6 样本");
        assertTrue(cjk.length > 500);
    }

    @Test
    void theEmbeddedFontsKeepTheFullFontsWidthsAndCharactersBeyondTheirRepertoireAreOutlines() throws Exception {
        // PDF fonts come from a cut of the bundled font (BundledFont's repertoire): same advance widths as the whole font
        String text = "Wq 0.5 µg/mL α β γ ≤ ≥ ± − × ² ³ ‰ → ● Ж é ŉ";
        byte[] pdf = onePage(new Font(Font.SANS_SERIF, Font.PLAIN, 10), text);
        PdfContent content = PdfContent.of(pdf);
        assertTrue(content.text().contains(text), content.text());
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf);
             org.apache.fontbox.ttf.TrueTypeFont whole = new org.apache.fontbox.ttf.TTFParser()
                     .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(BundledFont.DEJAVU_SANS.bytes()))) {
            var resources = d.getPage(0).getResources();
            var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            org.apache.pdfbox.pdmodel.font.PDFont embedded = form.getResources().getFont(form.getResources().getFontNames().iterator().next());
            double scale = 1000.0 / whole.getUnitsPerEm();
            for (int cp : new int[] {'W', 'q', '0', 0xB5, 0x3B1, 0x2264, 0x2192, 0x25CF, 0x416}) {
                String c = new String(Character.toChars(cp));
                double expected = whole.getAdvanceWidth(whole.getUnicodeCmapLookup().getGlyphId(cp)) * scale;
                assertEquals(expected, embedded.getStringWidth(c), 0.5, "width of U+" + Integer.toHexString(cp));
            }
        }
        // DejaVu Sans has Armenian and the sun sign, the repertoire does not: drawn as outlines, not lost, not as text
        PdfContent beyond = PdfContent.of(onePage(new Font(Font.SANS_SERIF, Font.PLAIN, 10), "Ա ☀"));
        assertFalse(beyond.text().contains("Ա"), beyond.text());
        assertTrue(beyond.fonts().isEmpty(), beyond.fonts().toString());
    }

    @Test
    void documentsWrittenOneAfterAnotherAndOnTwoThreadsEachEmbedTheirOwnText() throws Exception {
        // parsed fonts are reused by later documents: each document must still subset exactly its own glyphs
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> docs = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String line = "document " + i + (i % 2 == 0 ? " α" : " µL");
                docs.add(two.submit(() -> onePage(BundledFont.DEJAVU_SANS.font(8), line)));
            }
            for (int i = 0; i < docs.size(); i++) {
                PdfContent pdf = PdfContent.of(docs.get(i).get());
                assertEquals("document " + i + (i % 2 == 0 ? " α" : " µL"), pdf.text().strip());
                assertEquals(1, pdf.fonts().size());
                assertTrue(pdf.fonts().get(0).embeddedTrueType());
            }
        } finally {
            two.shutdown();
        }
    }

    @Test
    void pagesHaveTheirOwnSizesAndTheDocumentItsTitle() throws Exception {
        TextPdf doc = new TextPdf("Report title");
        doc.page(595.28, 841.89, g -> g.draw(new Rectangle2D.Double(10, 10, 50, 50)));
        doc.page(240.94, 198.43, g -> g.drawString("x", 5, 5));
        assertEquals(2, doc.pageCount());
        byte[] bytes = doc.toBytes();
        PdfContent pdf = PdfContent.of(bytes);
        assertEquals(2, pdf.pages().size());
        assertEquals(595.28, pdf.pages().get(0).getWidth(), 0.01);
        assertEquals(198.43, pdf.pages().get(1).getHeight(), 0.01);
        try (var d = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertEquals("Report title", d.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aPainterThatFailsHalfWayLeavesNoBrokenState() {
        TextPdf doc = new TextPdf("t");
        RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> doc.page(100, 100, g -> {
                    g.create(); // never disposed: the painter stopped
                    throw new IllegalStateException("stopped");
                }));
        assertEquals("stopped", thrown.getMessage());
        doc.close();
    }
}

package org.cytobench.pdf.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cytobench.pdf.BundledFont;
import org.cytobench.pdf.PdfBoxWarnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FigureDocument} with several pages: each page its own size and text, the fonts shared by every page (one font
 * object and one subset with the glyphs of all pages), a sound file; and a page it cannot draw ends the document.
 */
class FigureDocumentTest {
    private static final Font REGULAR = BundledFont.LIBERATION_SANS.font(10);
    private static final Font BOLD = BundledFont.LIBERATION_SANS_BOLD.font(12);

    private static void text(Graphics2D g, Font f, String s) {
        g.setColor(Color.BLACK);
        g.setFont(f);
        g.drawString(s, 20f, 40f);
        g.setColor(new Color(0, 0, 255, 128));
        g.fill(new Rectangle2D.Double(10, 50, 30, 10));
    }

    private static byte[] threePages() {
        try (FigureDocument doc = new FigureDocument()) {
            assertTrue(doc.page(595.28, 841.89, g -> text(g, REGULAR, "first page: TNF-α 100 µL")));
            assertTrue(doc.page(200, 100, g -> text(g, BOLD, "second page ≤ 5")));
            assertTrue(doc.page(300, 150, g -> {
                text(g, REGULAR, "third page: IL-6");
                g.setFont(BOLD);
                g.drawString("bold zebra", 20f, 80f); // 'z' only here: the shared subset still gets it
            }));
            assertNull(doc.unsupported());
            assertEquals(3, doc.pageCount());
            return doc.toPdf("Three pages: IFN-γ", "D:20261201120000+00'00'");
        }
    }

    @Test
    void pagesKeepTheirSizeAndTextAndShareOneFontPerBundledFont() throws Exception {
        byte[] pdf = threePages();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            double[][] sizes = {{595.28, 841.89}, {200, 100}, {300, 150}};
            String[] texts = {"first page: TNF-α 100 µL", "second page ≤ 5", "third page: IL-6\nbold zebra"};
            Set<COSBase> fonts = new HashSet<>();
            for (int p = 0; p < 3; p++) {
                PDPage page = doc.getPage(p);
                assertEquals(sizes[p][0], page.getMediaBox().getWidth(), 0.001);
                assertEquals(sizes[p][1], page.getMediaBox().getHeight(), 0.001);
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p + 1);
                s.setEndPage(p + 1);
                assertEquals(texts[p], s.getText(doc).trim(), "page " + (p + 1));
                for (COSName n : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(n).getCOSObject());
            }
            assertEquals(2, fonts.size(), "regular and bold, the same two objects on every page");
            assertEquals("Three pages: IFN-γ", doc.getDocumentInformation().getTitle());
            assertEquals("Cytobench", doc.getDocumentInformation().getAuthor());
        }
        String file = new String(pdf, StandardCharsets.ISO_8859_1);
        // one resource dictionary for the pages, two Type 0 fonts (not one per page), one alpha state
        assertEquals(2, count(file, "/Subtype /Type0"));
        assertEquals(1, count(file, "/Type /ExtGState"));
        assertEquals(3, count(file, "/Resources 12 0 R"), "every page refers to the one dictionary (object 12)");
        assertEquals(3, count(file, "/Resources "));
    }

    @Test
    void theCrossReferenceTablePointsAtEveryObjectAndPdfBoxReadsItWithoutAWarning(@TempDir Path dir) throws Exception {
        byte[] pdf = threePages();
        String file = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(file);
        assertTrue(start.find());
        int xref = Integer.parseInt(start.group(1));
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n\r\n").matcher(file.substring(xref));
        int n = 0;
        while (entries.find()) {
            n++;
            assertTrue(file.startsWith(n + " 0 obj\n", Integer.parseInt(entries.group(1))), "object " + n);
        }
        // catalog, page tree, 3 × (page, contents), info, resources, 2 × 6 font objects
        assertEquals(2 + 6 + 1 + 1 + 12, n);
        Path f = dir.resolve("three.pdf");
        Files.write(f, pdf);
        assertEquals(List.of(), PdfBoxWarnings.warnings(List.of(f)));
    }

    @Test
    void aPageItCannotDrawEndsTheDocument() {
        try (FigureDocument doc = new FigureDocument()) {
            assertTrue(doc.page(100, 100, g -> text(g, REGULAR, "fine")));
            assertFalse(doc.page(100, 100, g -> {
                g.setPaint(new GradientPaint(0, 0, Color.WHITE, 10, 10, Color.RED));
                g.fillRect(0, 0, 10, 10);
            }));
            assertNotNull(doc.unsupported());
            assertTrue(doc.unsupported().contains("GradientPaint"), doc.unsupported());
            assertFalse(doc.page(100, 100, g -> text(g, REGULAR, "fine again")), "no page after one it could not draw");
            assertEquals(1, doc.pageCount());
            assertThrows(IllegalStateException.class, () -> doc.toPdf("x"));
        }
        try (FigureDocument empty = new FigureDocument()) {
            assertThrows(IllegalStateException.class, () -> empty.toPdf("x"), "a PDF needs a page");
        }
    }

    /** A figure's page, drawn by its own document, with text, a translucent fill and both DejaVu cuts. */
    private static FigurePage figure() {
        try (FigureDocument doc = new FigureDocument()) {
            assertTrue(doc.page(120, 60, g -> {
                text(g, BundledFont.DEJAVU_SANS.font(9), "IL-6 µg");
                g.setFont(BundledFont.DEJAVU_SANS_BOLD.font(9));
                g.drawString("zebra", 20f, 20f);
            }));
            return doc.onlyPage();
        }
    }

    @Test
    void anotherDocumentsPageIsPlacedAsAFormWithItsContentStreamAndTheHostsFonts() throws Exception {
        FigurePage fig = figure();
        assertEquals(120, fig.width());
        byte[] pdf;
        try (FigureDocument host = new FigureDocument()) {
            assertTrue(host.page(300, 200, g -> {
                text(g, REGULAR, "host text");
                java.awt.geom.Rectangle2D area = new Rectangle2D.Double(100, 80, 120, 60);
                assertTrue(((FigurePdfGraphics2D) g).drawPage(fig, area));
                assertTrue(((FigurePdfGraphics2D) g).drawPage(fig, area), "placed twice: one form");
                Graphics2D faint = (Graphics2D) g.create();
                faint.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.5f));
                assertFalse(((FigurePdfGraphics2D) faint).drawPage(fig, area), "a translucent composite: the caller draws");
                faint.dispose();
            }));
            pdf = host.toPdf("host", "D:20261201120000+00'00'");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            var res = page.getResources();
            List<COSName> names = new java.util.ArrayList<>();
            res.getXObjectNames().forEach(names::add);
            assertEquals(List.of(COSName.getPDFName("X1")), names);
            var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) res.getXObject(names.get(0));
            try (var in = form.getContents()) {
                assertEquals(new String(fig.content(), StandardCharsets.ISO_8859_1), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            assertEquals(120, form.getBBox().getWidth(), 1e-9);
            assertEquals(60, form.getBBox().getHeight(), 1e-9);
            // the form names its fonts as its own document did (F1, F2), resolved to the host's font objects
            Set<COSBase> hostFonts = new HashSet<>();
            for (COSName n : res.getFontNames()) hostFonts.add(res.getFont(n).getCOSObject());
            assertEquals(3, hostFonts.size(), "Liberation Sans and both DejaVu cuts");
            for (COSName n : form.getResources().getFontNames()) assertTrue(hostFonts.contains(form.getResources().getFont(n).getCOSObject()));
            assertNotNull(form.getResources().getExtGState(COSName.getPDFName("A1")), "the form's alpha state");
            // the host's subsets hold the form's glyphs: its text reads back through the host's ToUnicode maps
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("host text"), text);
            assertTrue(text.contains("IL-6 µg"), text);
            assertTrue(text.contains("zebra"), text);
            try (var in = page.getContents()) {
                String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                // placed at (100, 80) of the y-down page space; the form's own space has y up from its bottom edge
                assertEquals(2, count(content, "q 1 0 0 -1 100 140 cm /X1 Do Q"), content);
            }
        }
    }

    @Test
    void onlyADocumentOfOnePageHasAnOnlyPage() {
        try (FigureDocument doc = new FigureDocument()) {
            assertThrows(IllegalStateException.class, doc::onlyPage);
            assertTrue(doc.page(10, 10, g -> g.fillRect(0, 0, 1, 1)));
            assertTrue(doc.page(10, 10, g -> g.fillRect(0, 0, 1, 1)));
            assertThrows(IllegalStateException.class, doc::onlyPage);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) n++;
        return n;
    }
}

package org.cytobench.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF holds, read back with PDFBox the way a reader would: its text, its fonts, its pages. For tests. */
public record PdfContent(String text, List<FontUse> fonts, List<PDRectangle> pages) {

    /** A font found in a page's resources (or a form's inside it), and whether its TrueType program is embedded. */
    public record FontUse(String name, boolean embeddedTrueType, boolean subset) {}

    public static PdfContent of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<FontUse> fonts = new ArrayList<>();
            List<PDRectangle> pages = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                pages.add(page.getMediaBox());
                collectFonts(page.getResources(), fonts, 0);
            }
            return new PdfContent(new PDFTextStripper().getText(doc), fonts, pages);
        }
    }

    /** Every font, in the page's resources and in those of every form XObject drawn on it. */
    private static void collectFonts(PDResources res, List<FontUse> out, int depth) throws IOException {
        if (res == null || depth > 8) return;
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            PDFontDescriptor d = f instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor() : f.getFontDescriptor();
            boolean embedded = d != null && d.getFontFile2() != null;
            out.add(new FontUse(f.getName(), embedded, f.getName().matches("[A-Z]{6}\\+.*")));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) collectFonts(form.getResources(), out, depth + 1);
        }
    }

    /** The text with runs of white space made single spaces, so a phrase broken across lines is still found. */
    public String flatText() { return text.replaceAll("\\s+", " "); }
}

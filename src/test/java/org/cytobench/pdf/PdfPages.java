package org.cytobench.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Which writer drew a PDF's pages, and how far two rendered pixels differ; for the tests comparing the two PDF paths. */
public final class PdfPages {
    private PdfPages() {}

    /** TextPdf (PDFBox) draws each page into a form XObject; the own writer writes the page's content stream directly. */
    public static boolean drawnByTextPdf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return drawnByTextPdf(doc.getPage(0));
        }
    }

    /** Whether {@code page} draws a form XObject (TextPdf's pages do, the own writer's do not). */
    public static boolean drawnByTextPdf(PDPage page) throws IOException {
        PDResources res = page.getResources();
        for (COSName n : res.getXObjectNames()) if (res.getXObject(n) instanceof PDFormXObject) return true;
        return false;
    }

    /** The largest difference of the red, green and blue levels of two RGB pixels. */
    public static int maxChannelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) d = Math.max(d, Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)));
        return d;
    }
}

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

    /**
     * Whether {@code page} is TextPdf's: a page whose own content stream only draws a form XObject (pdfbox-graphics2d draws
     * the whole page into one). The own writer writes the page's drawing, its text included, into the page's stream; the
     * forms it places (a report's chart pages, decision 0017) are drawn among the page's own text.
     */
    public static boolean drawnByTextPdf(PDPage page) throws IOException {
        PDResources res = page.getResources();
        boolean form = false;
        for (COSName n : res.getXObjectNames()) form |= res.getXObject(n) instanceof PDFormXObject;
        if (!form) return false;
        try (java.io.InputStream in = page.getContents()) {
            return !new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("BT");
        }
    }

    /** The largest difference of the red, green and blue levels of two RGB pixels. */
    public static int maxChannelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) d = Math.max(d, Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)));
        return d;
    }
}

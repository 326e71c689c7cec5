package org.cytobench.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A PDF document drawn page by page with Java 2D, whose text is real PDF text in the {@link BundledFont}s, embedded as
 * subsets: searchable, copyable, and the same on every machine. Lines, shapes and images are vector PDF as drawn.
 * The general path: chart PDFs and report.pdf are written by {@code pdf.figure} (decisions 0013, 0014) and come here only
 * when they draw something that writer does not support.
 *
 * <p>Not thread-safe: one document is drawn by one thread. Close it (or call {@link #toBytes()}, which closes it).
 */
public final class TextPdf implements Closeable {
    private final PDDocument doc = new PDDocument();
    private final EmbeddedFontTextDrawer fonts = new EmbeddedFontTextDrawer(doc);

    /** @param title the document title readers show; the author is Cytobench */
    public TextPdf(String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Cytobench");
        info.setCreator("Cytobench");
        info.setCreationDate(Calendar.getInstance());
    }

    /**
     * Adds a page of {@code width} × {@code height} points and lets {@code painter} draw it, in points from the top-left
     * corner as Java 2D does.
     */
    public TextPdf page(double width, double height, Consumer<Graphics2D> painter) {
        try {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) width, (float) height);
            try {
                g.setFontTextDrawer(fonts);
                painter.accept(g);
            } finally {
                // a painter that stopped half-way (cancelled, failed) may leave copies from create() undisposed
                g.disposeDanglingChildGraphics();
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw a PDF page", e);
        }
    }

    public int pageCount() { return doc.getNumberOfPages(); }

    /** The finished document (fonts subset now); closes this. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.close();
        }
    }
}

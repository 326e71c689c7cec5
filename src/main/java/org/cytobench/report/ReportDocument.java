package org.cytobench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.FigureSize;
import org.cytobench.pdf.BundledFont;
import org.cytobench.pdf.TextPdf;
import org.cytobench.pdf.figure.FigureDocument;
import org.jfree.chart.ui.Drawable;

/**
 * A simple flowing document of headings, paragraphs, tables and figures, laid out on A4 pages and written as PDF (or
 * rendered to images for previews and tests). Blocks never split across pages except tables, which continue on the next
 * page with their header repeated.
 */
public final class ReportDocument {
    static final double PAGE_W = 595.28;
    static final double PAGE_H = 841.89;
    static final double MARGIN = 48;
    static final double WIDTH = PAGE_W - 2 * MARGIN;
    /*
     * The bundled Liberation Sans (Helvetica's metrics), the same font for measuring here, for page images and embedded in
     * the PDF, so that the report lays out alike on every machine and its text is real, searchable PDF text.
     */
    static final Font H1 = BundledFont.LIBERATION_SANS_BOLD.font(16);
    static final Font H2 = BundledFont.LIBERATION_SANS_BOLD.font(12);
    static final Font BODY = BundledFont.LIBERATION_SANS.font(9);
    static final Font TABLE = BundledFont.LIBERATION_SANS.font(7);
    static final Font TABLE_HEAD = BundledFont.LIBERATION_SANS_BOLD.font(7);
    static final Font FOOT = BundledFont.LIBERATION_SANS.font(7);
    private static final Font VERDICT = BundledFont.LIBERATION_SANS_BOLD.font(10);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color PASS = new Color(0x00, 0x7A, 0x4D);
    private static final Color FAIL = new Color(0xC0, 0x30, 0x00);

    private final String footer;
    private final List<List<Op>> pages = new ArrayList<>();
    private double y;
    private final Graphics2D metrics;

    /** @param footer printed at the bottom of every page with the page number */
    public ReportDocument(String footer) {
        this.footer = footer;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        metrics = scratch.createGraphics();
        metrics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        newPage();
    }

    /** A drawing step on a page. */
    private interface Op { void draw(Graphics2D g); }

    public ReportDocument title(String text) { return text(text, H1, INK, 6, 10); }

    public ReportDocument heading(String text) {
        if (y > MARGIN + 1 && remaining() < 120) newPage(); // keep headings with what follows
        return text(text, H2, INK, 10, 4);
    }

    public ReportDocument paragraph(String text) { return text(text, BODY, INK, 0, 6); }

    /** A one-line verdict in green (pass) or red (fail). */
    public ReportDocument verdict(String text, boolean pass) { return text(text, VERDICT, pass ? PASS : FAIL, 2, 6); }

    /** Starts a new page unless {@code points} of height remain, so a heading stays with the figure after it. */
    public ReportDocument keepTogether(double points) {
        if (y > MARGIN + 1 && remaining() < points) newPage();
        return this;
    }

    public ReportDocument pageBreak() {
        if (y > MARGIN + 1) newPage();
        return this;
    }

    private ReportDocument text(String text, Font font, Color color, double before, double after) {
        FontMetrics fm = metrics.getFontMetrics(font);
        double lineH = fm.getHeight() * 1.15;
        List<String> lines = wrap(text, fm, WIDTH);
        y += before;
        for (String line : lines) {
            if (remaining() < lineH) newPage();
            double baseline = y + fm.getAscent();
            add(g -> {
                g.setFont(font);
                g.setColor(color);
                drawText(g, line, (float) MARGIN, (float) baseline);
            });
            y += lineH;
        }
        y += after;
        return this;
    }

    /** A figure drawn at its printed size, shrunk to the text width when wider. */
    public ReportDocument figure(Drawable chart, FigureSize size) {
        Rectangle2D area = figureArea(size);
        double w = area.getWidth();
        double h = area.getHeight();
        if (remaining() < h) newPage();
        // at whole points: JFreeChart's plots align their data area to whole points of the page, so a chart drawn at a
        // whole-point origin is its chart file's drawing moved, which report.pdf places as it is (decision 0017)
        double top = Math.round(y);
        double left = Math.round(MARGIN + (WIDTH - w) / 2);
        add(g -> chart.draw(g, new Rectangle2D.Double(left, top, w, h)));
        y += h + 6;
        return this;
    }

    /**
     * The size {@link #figure} gives a figure of {@code size} (at the origin): its printed size, shrunk to the text width
     * when wider. The chart threads draw a plate chart's report page at this size (decision 0017).
     */
    static Rectangle2D figureArea(FigureSize size) {
        double w = Math.min(size.widthPoints(), WIDTH);
        return new Rectangle2D.Double(0, 0, w, size.heightPoints() * w / size.widthPoints());
    }

    /** Two figures side by side, each given half the text width. */
    public ReportDocument figures(Drawable a, FigureSize sa, Drawable b, FigureSize sb) {
        double half = (WIDTH - 8) / 2;
        double ha = sa.heightPoints() * half / sa.widthPoints();
        double hb = sb.heightPoints() * half / sb.widthPoints();
        double h = Math.max(ha, hb);
        if (remaining() < h) newPage();
        double top = y;
        add(g -> a.draw(g, new Rectangle2D.Double(MARGIN, top, half, ha)));
        add(g -> b.draw(g, new Rectangle2D.Double(MARGIN + half + 8, top, half, hb)));
        y += h + 6;
        return this;
    }

    /**
     * A table; numbers are shown with 4 significant digits, columns sized to their content. A table too wide for the page
     * first wraps its headers at spaces ("% CD69+ / of CD4+"), then narrows its columns in proportion (their text
     * clipped) — never runs off the page.
     */
    public ReportDocument table(Table t) {
        FontMetrics fm = metrics.getFontMetrics(TABLE);
        FontMetrics hm = metrics.getFontMetrics(TABLE_HEAD);
        int n = t.columns().size();
        List<String[]> cells = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            String[] s = new String[n];
            for (int c = 0; c < n; c++) s[c] = format(row.get(c));
            cells.add(s);
        }
        double[] widths = columnWidths(t.columns(), cells, hm, fm, WIDTH);
        double rowH = fm.getHeight() + 3;
        List<List<String>> head = new ArrayList<>();
        int headLines = 1;
        for (int c = 0; c < n; c++) {
            List<String> lines = wrap(t.columns().get(c), hm, widths[c] - 6);
            head.add(lines);
            headLines = Math.max(headLines, lines.size());
        }
        double headH = rowH + (headLines - 1) * hm.getHeight();
        if (remaining() < headH + rowH * Math.min(3, cells.size())) newPage();
        headerRow(head, widths, headH, hm.getHeight());
        for (String[] s : cells) {
            if (remaining() < rowH) {
                newPage();
                headerRow(head, widths, headH, hm.getHeight());
            }
            double top = y;
            add(g -> drawRow(g, s, widths, top, rowH));
            y += rowH;
        }
        y += 8;
        return this;
    }

    /**
     * Column widths for a table on {@code width} points: each column as wide as its widest cell and its header; when that
     * is too wide, headers wrap at spaces (each at least as wide as its longest word, the room left shared by the columns
     * whose headers gain most), and only when even that is too wide are all columns narrowed in proportion.
     */
    static double[] columnWidths(List<String> headers, List<String[]> cells, FontMetrics hm, FontMetrics fm, double width) {
        int n = headers.size();
        double[] widths = new double[n];
        double[] narrow = new double[n];
        for (int c = 0; c < n; c++) {
            double content = 0;
            for (String[] s : cells) content = Math.max(content, fm.stringWidth(s[c]) + 6);
            double longestWord = 0;
            for (String word : headers.get(c).split(" ")) longestWord = Math.max(longestWord, hm.stringWidth(word) + 6);
            widths[c] = Math.max(content, hm.stringWidth(headers.get(c)) + 6);
            narrow[c] = Math.max(content, longestWord);
        }
        if (sum(widths) > width) {
            double spare = width - sum(narrow);
            double wanted = sum(widths) - sum(narrow);
            for (int c = 0; c < n; c++) widths[c] = narrow[c] + (spare > 0 ? spare * (widths[c] - narrow[c]) / wanted : 0);
        }
        double total = sum(widths);
        if (total > width) {
            double scale = width / total;
            for (int c = 0; c < n; c++) widths[c] *= scale;
        }
        return widths;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    private void headerRow(List<List<String>> head, double[] widths, double headH, double lineH) {
        double top = y;
        add(g -> {
            g.setFont(TABLE_HEAD);
            FontMetrics fm = g.getFontMetrics();
            double x = MARGIN;
            for (int c = 0; c < head.size(); c++) {
                Graphics2D cell = (Graphics2D) g.create();
                cell.clip(new Rectangle2D.Double(x, top, widths[c] - 2, headH));
                cell.setColor(INK);
                List<String> lines = head.get(c);
                // bottom-aligned, as a spreadsheet's wrapped header reads
                double baseline = top + headH - fm.getDescent() - 1.5 - (lines.size() - 1) * lineH;
                for (String line : lines) {
                    drawText(cell, line, (float) (x + 2), (float) baseline);
                    baseline += lineH;
                }
                cell.dispose();
                x += widths[c];
            }
            g.setColor(RULE);
            g.draw(new java.awt.geom.Line2D.Double(MARGIN, top + headH, x, top + headH));
            g.draw(new java.awt.geom.Line2D.Double(MARGIN, top, x, top));
        });
        y += headH;
    }

    /** One body row (the header row is {@link #headerRow}, which wraps). */
    private static void drawRow(Graphics2D g, String[] s, double[] widths, double top, double rowH) {
        g.setFont(TABLE);
        FontMetrics fm = g.getFontMetrics();
        double x = MARGIN;
        for (int c = 0; c < s.length; c++) {
            Graphics2D cell = (Graphics2D) g.create();
            cell.clip(new Rectangle2D.Double(x, top, widths[c] - 2, rowH));
            cell.setColor(INK);
            drawText(cell, s[c], (float) (x + 2), (float) (top + rowH - fm.getDescent() - 1.5));
            cell.dispose();
            x += widths[c];
        }
        g.setColor(RULE);
        g.draw(new java.awt.geom.Line2D.Double(MARGIN, top + rowH, x, top + rowH));
    }

    static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) return "";
            if (d == 0) return "0";
            double a = Math.abs(d);
            if (a >= 1e6 || a < 1e-4) return String.format(Locale.ROOT, "%.3g", d);
            int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
            return String.format(Locale.ROOT, "%." + decimals + "f", d);
        }
        return v.toString();
    }

    private double remaining() { return PAGE_H - MARGIN - 14 - y; }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = MARGIN;
    }

    private void add(Op op) { pages.get(pages.size() - 1).add(op); }

    public int pageCount() { return pages.size(); }

    /**
     * The whole document as PDF: every character real text in the embedded, subset fonts. Written by the own PDF writer
     * ({@link FigureDocument}, decision 0014: a fraction of PDFBox's time); if anything on any page is something it does
     * not draw (an image, a gradient, an italic font, …), the whole document is drawn with {@link TextPdf} instead, so
     * nothing is drawn worse than before.
     */
    public byte[] toPdf(String title) {
        return ownPdf(title).orElseGet(() -> textPdf(title));
    }

    /** The document by the own writer, or empty when a page used something it does not support. */
    Optional<byte[]> ownPdf(String title) {
        try (FigureDocument pdf = new FigureDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                int page = p;
                if (!pdf.page(PAGE_W, PAGE_H, g -> drawPage(g, page))) return Optional.empty();
            }
            return Optional.of(pdf.toPdf(title));
        }
    }

    /** The document by the general path: Java 2D onto PDFBox through pdfbox-graphics2d. */
    byte[] textPdf(String title) {
        TextPdf pdf = new TextPdf(title);
        try {
            for (int p = 0; p < pages.size(); p++) {
                int page = p;
                pdf.page(PAGE_W, PAGE_H, g -> drawPage(g, page));
            }
        } catch (RuntimeException | Error e) {
            pdf.close();
            throw e;
        }
        return pdf.toBytes();
    }

    /** Page {@code p} (0-based) as an image, for previews and tests. */
    public BufferedImage pageImage(int p, int dpi) {
        return ChartExporter.image((g, area) -> drawPage(g, p), new FigureSize(PAGE_W / 72 * 25.4, PAGE_H / 72 * 25.4), dpi);
    }

    private void drawPage(Graphics2D g, int p) {
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        for (Op op : pages.get(p)) {
            Graphics2D copy = (Graphics2D) g.create();
            op.draw(copy);
            copy.dispose();
        }
        g.setFont(FOOT);
        g.setColor(Color.GRAY);
        String text = footer + " · page " + (p + 1) + " of " + pages.size();
        drawText(g, text, (float) MARGIN, (float) (PAGE_H - MARGIN / 2));
    }

    /** Text of the report's own paragraphs and tables, at a baseline. */
    static void drawText(Graphics2D g, String s, float x, float y) {
        g.drawString(s, x, y);
    }

    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(candidate) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}

package org.cytobench.chart.dose;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cytobench.chart.ChartStyle;
import org.cytobench.chart.FigureSize;
import org.jfree.chart.ui.Drawable;

/**
 * The dose-response figure: one panel per analyte (A, B, C … when there are several), each with its treatment groups as
 * columns under a bracket per stimulus, horizontal category labels (the thymalfasin dose) and an x-axis title, every
 * culture well as a point in its donor's colour and shape, bars or a mean line with SD / SEM / 95 % CI error bars, or a
 * box or violin plot, significance brackets from each dose to its control placed above all the data, and a caption that
 * says what was drawn and tested.
 *
 * <p>Drawn by hand rather than as a JFreeChart plot: a category axis with wrapped horizontal labels, stimulus brackets and
 * stacked significance brackets are layout problems JFreeChart does not solve, and measuring every text box (see
 * {@link #layout()}) is what lets a test prove that no label overlaps another at 85 mm. The figure is laid out in points at
 * its printed size; drawn into a larger area (the screen) it is scaled as a whole, so the screen shows the print.
 */
public final class DoseFigure implements Drawable {

    /** A drawn text or mark, for tests and for hit-testing: what it is and where, in figure points. */
    public record Box(String kind, String text, Rectangle2D bounds) {}

    private static final Color BAR = new Color(0xE4, 0xE4, 0xE4);
    private static final Color LIMIT = new Color(0xD5, 0x5E, 0x00);
    private static final double MM = 72 / 25.4;

    private final List<DosePanelData> panels;
    private final DoseFigureSettings settings;
    private final int columns;
    private final double panelW;
    private final double panelH;
    private final List<String> donors;
    private List<Box> boxes = List.of();

    public DoseFigure(List<DosePanelData> panels, DoseFigureSettings settings) {
        if (panels.isEmpty()) throw new IllegalArgumentException("a figure needs at least one panel");
        this.panels = List.copyOf(panels);
        this.settings = settings;
        double width = settings.widthMm() * MM;
        // as many panels side by side as leave each about 75 mm or more: 1 at 85 mm, 1–2 at 114 mm, 2 at 174 mm
        int fit = Math.max(1, (int) Math.floor(settings.widthMm() / 75.0));
        this.columns = Math.min(panels.size(), fit);
        this.panelW = width / columns;
        // a wide single panel (a report page) gets a landscape shape rather than growing as tall as it is wide
        this.panelH = settings.heightMm() != null ? settings.heightMm() * MM : Math.min(panelW * 0.82, 95 * MM);
        TreeSet<String> d = new TreeSet<>();
        for (DosePanelData p : panels) for (DosePanelData.Group g : p.groups()) for (DosePanelData.Point pt : g.points()) d.add(pt.donor());
        this.donors = List.copyOf(d);
    }

    public DoseFigure(DosePanelData panel, DoseFigureSettings settings) { this(List.of(panel), settings); }

    /** The printed size: the chosen width, as many panel rows as needed, and the legend and caption below. */
    public FigureSize size() {
        double h = rows() * panelH + footerHeight(measureContext());
        return new FigureSize(settings.widthMm(), Math.max(30, h / MM));
    }

    private int rows() { return (panels.size() + columns - 1) / columns; }

    /** The figure as a JFreeChart (drawing only the figure), for code that handles charts. */
    public org.jfree.chart.JFreeChart asChart() { return DoseFigurePlot.chart(this); }

    /** Every text and mark of the last {@link #draw}, in figure points (origin top left). */
    public List<Box> layout() { return boxes; }

    /** Lays the figure out on a scratch image and returns its boxes, without drawing anywhere that matters. */
    public List<Box> measure() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            FigureSize s = size();
            draw(g, new Rectangle2D.Double(0, 0, s.widthPoints(), s.heightPoints()));
        } finally {
            g.dispose();
        }
        return boxes;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        FigureSize size = size();
        double w = size.widthPoints();
        double h = size.heightPoints();
        double scale = Math.min(area.getWidth() / w, area.getHeight() / h);
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.translate(area.getX() + (area.getWidth() - w * scale) / 2, area.getY() + (area.getHeight() - h * scale) / 2);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, w, h));
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            List<Box> out = new ArrayList<>();
            for (int i = 0; i < panels.size(); i++) {
                int r = i / columns;
                int c = i % columns;
                String letter = panels.size() > 1 && settings.panelLetters() ? String.valueOf((char) ('A' + i)) : null;
                new Panel(g, panels.get(i), letter, out).draw(new Rectangle2D.Double(c * panelW, r * panelH, panelW, panelH));
            }
            drawFooter(g, new Rectangle2D.Double(0, rows() * panelH, w, h - rows() * panelH), out);
            boxes = List.copyOf(out);
        } finally {
            g.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------------ fonts and text

    private Font font(double delta, boolean bold) {
        return new Font(ChartStyle.FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) (settings.fontPt() + delta));
    }

    private Font tickFont() { return font(-1, false); }
    private Font labelFont() { return font(0, false); }
    private Font titleFont() { return font(1, true); }
    private Font smallFont() { return font(-1.5, false); }

    private static Graphics2D measureContext() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    private static double width(Graphics2D g, Font f, String s) {
        return f.getStringBounds(s, g.getFontRenderContext()).getWidth();
    }

    private static double lineHeight(Graphics2D g, Font f) {
        FontMetrics m = g.getFontMetrics(f);
        return m.getAscent() + m.getDescent();
    }

    /** Greedy word wrap; a single word wider than the line is broken at hyphens, else kept whole. */
    static List<String> wrap(Graphics2D g, Font f, String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(g, f, candidate) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Draws a string with its top-left corner (not baseline) at x, y and records its box. */
    private static Rectangle2D text(Graphics2D g, Font f, String s, double x, double y, String kind, List<Box> out) {
        FontMetrics m = g.getFontMetrics(f);
        g.setFont(f);
        g.drawString(s, (float) x, (float) (y + m.getAscent()));
        Rectangle2D b = new Rectangle2D.Double(x, y, width(g, f, s), m.getAscent() + m.getDescent());
        out.add(new Box(kind, s, b));
        return b;
    }

    private static void centered(Graphics2D g, Font f, String s, double cx, double y, String kind, List<Box> out) {
        text(g, f, s, cx - width(g, f, s) / 2, y, kind, out);
    }

    // ------------------------------------------------------------------------------------------------ footer

    private String caption() {
        DosePanelData first = panels.get(0);
        StringBuilder s = new StringBuilder();
        boolean box = settings.style() == DoseFigureSettings.Style.BOX || settings.style() == DoseFigureSettings.Style.VIOLIN;
        s.append(box ? (settings.style() == DoseFigureSettings.Style.BOX ? "Box: median and quartiles, whiskers 1.5 × IQR"
                : "Violin: kernel density, line at the median") : meanAndErrorCaption());
        s.append(" of n = ").append(nRange()).append(' ').append(first.nUnit().equals("donors") ? "donor means" : first.nUnit())
                .append(" per group; ").append(first.nUnit().equals("donors")
                        ? "large symbols: donor means, small: culture wells, one colour and shape per donor"
                        : "points: culture wells, one colour and shape per donor");
        if (settings.donorLines() && panels.stream().anyMatch(DosePanelData::blocked)) s.append(", lines join a donor's treatments");
        s.append('.');
        if (settings.significance() != DoseFigureSettings.Significance.NONE) {
            s.append(" Brackets: ").append(first.test());
            if (settings.significance() == DoseFigureSettings.Significance.STARS) {
                s.append(", * p < 0.05, ** p < 0.01, *** p < 0.001, **** p < 0.0001").append(settings.showNs() ? ", ns p ≥ 0.05" : "");
            } else {
                s.append(", p-values").append(settings.showNs() ? "" : " below 0.05");
            }
            s.append('.');
        }
        String sub = panels.stream().map(DosePanelData::substitution).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        boolean anySub = panels.stream().flatMap(p -> p.groups().stream()).flatMap(gr -> gr.points().stream()).anyMatch(DosePanelData.Point::substituted);
        if (anySub) s.append(" Open symbols: < LLOQ, drawn at ").append(sub == null ? "their substituted value" : sub).append('.');
        if (settings.logY()) s.append(" Log10 axis.");
        return s.toString();
    }

    /** "Mean ± SD", or for statistics on log10 values "Geometric mean ×/÷ geometric SD" (the bars are multiplicative). */
    private String meanAndErrorCaption() {
        boolean geometric = panels.stream().flatMap(p -> p.groups().stream()).anyMatch(DosePanelData.Group::geometric);
        if (!geometric) return "Mean ± " + settings.errorBars().label();
        return switch (settings.errorBars()) {
            case SD -> "Geometric mean ×/÷ geometric SD";
            case SEM -> "Geometric mean ×/÷ geometric SEM";
            case CI95 -> "Geometric mean with its 95% CI";
        };
    }

    private String nRange() {
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (DosePanelData p : panels) for (DosePanelData.Group g : p.groups()) if (g.n() > 0) { lo = Math.min(lo, g.n()); hi = Math.max(hi, g.n()); }
        if (hi == 0) return "0";
        return lo == hi ? Integer.toString(lo) : lo + "–" + hi;
    }

    private double footerHeight(Graphics2D g) {
        double h = 2;
        if (!donors.isEmpty()) h += lineHeight(g, smallFont()) * legendRows(g) + 2;
        if (settings.caption()) h += lineHeight(g, smallFont()) * wrap(g, smallFont(), caption(), settings.widthMm() * MM - 8).size() + 2;
        return h;
    }

    private int legendRows(Graphics2D g) {
        double x = 0;
        int rows = 1;
        double max = settings.widthMm() * MM - 8;
        for (String d : donors) {
            double w = legendItemWidth(g, d);
            if (x + w > max && x > 0) { rows++; x = 0; }
            x += w;
        }
        return rows;
    }

    private double legendItemWidth(Graphics2D g, String donor) {
        return markerSize() * 2 + 3 + width(g, smallFont(), donor) + 8;
    }

    private void drawFooter(Graphics2D g, Rectangle2D r, List<Box> out) {
        double y = r.getY() + 2;
        Font f = smallFont();
        double lh = lineHeight(g, f);
        if (!donors.isEmpty()) {
            double max = r.getWidth() - 8;
            double x = 4;
            for (int i = 0; i < donors.size(); i++) {
                double w = legendItemWidth(g, donors.get(i));
                if (x + w > max + 4 && x > 4) { x = 4; y += lh; }
                double s = markerSize();
                Shape m = marker(i, x + s, y + lh / 2);
                g.setColor(donorColour(i));
                g.fill(m);
                out.add(new Box("legend-marker", donors.get(i), m.getBounds2D()));
                g.setColor(ChartStyle.INK);
                text(g, f, donors.get(i), x + 2 * s + 3, y, "legend", out);
                x += w;
            }
            y += lh + 2;
        }
        if (settings.caption()) {
            g.setColor(ChartStyle.MUTED);
            for (String line : wrap(g, f, caption(), r.getWidth() - 8)) {
                text(g, f, line, 4, y, "caption", out);
                y += lh;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ markers

    /** Donor {@code i}'s colour in the chosen palette (greys and viridis spread over the donors present). */
    private Color donorColour(int i) {
        int n = Math.max(1, donors.size());
        return switch (settings.palette()) {
            case OKABE_ITO -> ChartStyle.color(i);
            case GREYS -> {
                float v = n == 1 ? 0.25f : 0.15f + 0.5f * i / (n - 1);
                yield new Color(v, v, v);
            }
            case VIRIDIS -> new org.cytobench.chart.ViridisScale(0, 1).color(n == 1 ? 0.2 : 0.85 * i / (n - 1));
        };
    }

    private double markerSize() { return 1.2 + settings.fontPt() * 0.12; }

    /** One shape per donor (circle, square, triangle, diamond, inverted triangle), centred at x, y. */
    private Shape marker(int donor, double x, double y) {
        double s = markerSize();
        return switch (Math.floorMod(donor, 5)) {
            case 0 -> new Ellipse2D.Double(x - s, y - s, 2 * s, 2 * s);
            case 1 -> new Rectangle2D.Double(x - s * 0.88, y - s * 0.88, 1.76 * s, 1.76 * s);
            case 2 -> polygon(new double[] {x, x + s * 1.1, x - s * 1.1}, new double[] {y - s * 1.15, y + s * 0.85, y + s * 0.85});
            case 3 -> polygon(new double[] {x, x + s * 1.15, x, x - s * 1.15}, new double[] {y - s * 1.15, y, y + s * 1.15, y});
            default -> polygon(new double[] {x, x + s * 1.1, x - s * 1.1}, new double[] {y + s * 1.15, y - s * 0.85, y - s * 0.85});
        };
    }

    /** A marker grown or shrunk about its own centre. */
    private static Shape scaled(Shape s, double f) {
        Rectangle2D b = s.getBounds2D();
        AffineTransform t = AffineTransform.getTranslateInstance(b.getCenterX(), b.getCenterY());
        t.scale(f, f);
        t.translate(-b.getCenterX(), -b.getCenterY());
        return t.createTransformedShape(s);
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }

    // ------------------------------------------------------------------------------------------------ one panel

    /** Lays out and draws one panel. */
    private final class Panel {
        private final Graphics2D g;
        private final DosePanelData d;
        private final String letter;
        private final List<Box> out;
        private YScale y;
        private double left;
        private double colW;

        Panel(Graphics2D g, DosePanelData d, String letter, List<Box> out) {
            this.g = g;
            this.d = d;
            this.letter = letter;
            this.out = out;
        }

        void draw(Rectangle2D r) {
            double pad = 3;
            double top = r.getY() + pad;
            String title = panels.size() == 1 && settings.title() != null ? settings.title() : d.analyte();
            Font tf = titleFont();
            if (letter != null) {
                g.setColor(ChartStyle.INK);
                text(g, font(3, true), letter, r.getX() + pad, top, "panel-letter", out);
            }
            g.setColor(ChartStyle.INK);
            double titleH = lineHeight(g, tf);
            centered(g, tf, title, r.getCenterX(), top, "title", out);
            top += titleH + 2;

            if (d.groups().isEmpty() || d.note() != null && d.groups().stream().allMatch(gr -> gr.points().isEmpty())) {
                drawNote(r, top);
                return;
            }
            int n = d.groups().size();
            Font tick = tickFont();
            Font label = labelFont();
            double lineH = lineHeight(g, tick);
            double labelH = lineHeight(g, label);

            // the y scale first needs the data range; its tick labels then decide the left margin
            y = YScale.of(dataMin(), dataMax(), settings.logY());
            double tickW = 0;
            for (double t : y.ticks()) tickW = Math.max(tickW, width(g, tick, y.format(t)));
            left = r.getX() + pad + labelH + 3 + tickW + 3;
            // room right of the data for the LLOQ label, so it never sits under a bar or a point
            double lloqRoom = d.lloq() != null ? width(g, smallFont(), "LLOQ") + 2 : 0;
            double right = r.getMaxX() - pad - 2 - lloqRoom;
            colW = (right - left) / n;

            // bottom band: category labels, stimulus brackets with their names, the x-axis title
            // category labels stay horizontal: wrapped, then in a smaller size (down to 6 pt), then abbreviated
            Font catFont = tick;
            List<String> cats = d.groups().stream().map(DosePanelData.Group::category).toList();
            while (catFont.getSize2D() > 6 && !fits(cats, catFont)) catFont = catFont.deriveFont(catFont.getSize2D() - 0.5f);
            if (!fits(cats, catFont)) cats = cats.stream().map(DoseFigure::abbreviate).toList();
            List<List<String>> catLines = new ArrayList<>();
            int maxCat = 1;
            for (String c : cats) {
                List<String> lines = wrap(g, catFont, c, colW - 2);
                catLines.add(lines);
                maxCat = Math.max(maxCat, lines.size());
            }
            double catH = lineHeight(g, catFont);
            List<int[]> runs = stimulusRuns();
            int maxStim = 1;
            List<List<String>> stimLines = new ArrayList<>();
            for (int[] run : runs) {
                List<String> lines = wrap(g, tick, d.groups().get(run[0]).stimulus(), (run[1] - run[0] + 1) * colW - 4);
                stimLines.add(lines);
                maxStim = Math.max(maxStim, lines.size());
            }
            double xTitleH = labelH;
            double bottomBand = 3 + maxCat * catH + 3 + 2 + maxStim * lineH + 2 + xTitleH;
            double plotBottom = r.getMaxY() - pad - bottomBand;

            // top band: one level per significance bracket, so brackets never cross the data
            List<Bracket> brackets = brackets();
            int levels = brackets.stream().mapToInt(b -> b.level + 1).max().orElse(0);
            double bracketH = lineHeight(g, smallFont()) + 4;
            double plotTop = top + 2 + levels * bracketH;
            if (plotBottom - plotTop < 20) plotTop = plotBottom - 20; // a tiny figure: squeeze rather than invert
            y = y.onto(plotBottom, plotTop);

            drawAxes(r, plotTop, plotBottom, tick, label);
            drawGroups();
            if (d.lloq() != null && y.canShow(d.lloq())) drawLloq(right);
            if (settings.donorLines() && d.blocked()) drawDonorLines();
            drawPoints();
            drawBrackets(brackets, plotTop, bracketH);

            // categories, stimulus brackets, x title
            g.setColor(ChartStyle.INK);
            double cy = plotBottom + 3;
            for (int i = 0; i < n; i++) {
                double yy = cy;
                for (String line : catLines.get(i)) {
                    centered(g, catFont, line, x(i), yy, "category", out);
                    yy += catH;
                }
            }
            double sy = cy + maxCat * catH + 3;
            for (int k = 0; k < runs.size(); k++) {
                int[] run = runs.get(k);
                double x1 = left + run[0] * colW + 2;
                double x2 = left + (run[1] + 1) * colW - 2;
                g.setStroke(new BasicStroke(0.6f));
                g.draw(new Line2D.Double(x1, sy, x2, sy));
                double yy = sy + 2;
                for (String line : stimLines.get(k)) {
                    centered(g, tick, line, (x1 + x2) / 2, yy, "stimulus", out);
                    yy += lineH;
                }
            }
            double ty = sy + 2 + maxStim * lineH + 2;
            centered(g, label, "Thymalfasin (ng/mL)", (left + right) / 2, ty, "x-title", out);
        }

        /** An empty panel says why, in as many lines as fit under its title (the full reasons are in the report). */
        /** Whether every word of every label fits its column at this size. */
        private boolean fits(List<String> labels, Font f) {
            for (String l : labels) for (String w : l.split(" ")) if (width(g, f, w) > colW - 2) return false;
            return true;
        }

        private void drawNote(Rectangle2D r, double top) {
            g.setColor(ChartStyle.MUTED);
            Font f = smallFont();
            double lh = lineHeight(g, f);
            String why = d.note() == null ? "No values to show." : d.note();
            List<String> lines = wrap(g, f, why, r.getWidth() - 16);
            int fit = Math.max(1, (int) Math.floor((r.getMaxY() - top - 8) / lh));
            if (lines.size() > fit) {
                lines = new ArrayList<>(lines.subList(0, fit));
                lines.set(fit - 1, lines.get(fit - 1) + " …");
            }
            double yy = top + 6;
            for (String line : lines) {
                text(g, f, line, r.getX() + 8, yy, "note", out);
                yy += lh;
            }
        }

        double x(int group) { return left + (group + 0.5) * colW; }

        private List<int[]> stimulusRuns() {
            List<int[]> runs = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= d.groups().size(); i++) {
                if (i == d.groups().size() || !d.groups().get(i).stimulus().equals(d.groups().get(start).stimulus())) {
                    runs.add(new int[] {start, i - 1});
                    start = i;
                }
            }
            return runs;
        }

        private double dataMax() {
            double max = Double.NEGATIVE_INFINITY;
            for (DosePanelData.Group gr : d.groups()) {
                for (DosePanelData.Point p : gr.points()) if (Double.isFinite(p.value())) max = Math.max(max, p.value());
                double hi = upper(gr);
                if (Double.isFinite(hi)) max = Math.max(max, hi);
            }
            if (d.lloq() != null) max = Math.max(max, d.lloq());
            return max;
        }

        private double dataMin() {
            double min = Double.POSITIVE_INFINITY;
            for (DosePanelData.Group gr : d.groups()) {
                for (DosePanelData.Point p : gr.points()) if (p.value() > 0) min = Math.min(min, p.value());
                if (gr.mean() > 0) min = Math.min(min, gr.mean());
            }
            if (d.lloq() != null && d.lloq() > 0) min = Math.min(min, d.lloq());
            return min;
        }

        private double upper(DosePanelData.Group gr) { return gr.upper(settings.errorBars()); }

        private double lower(DosePanelData.Group gr) { return gr.lower(settings.errorBars()); }

        private void drawAxes(Rectangle2D r, double plotTop, double plotBottom, Font tick, Font label) {
            g.setColor(ChartStyle.INK);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Line2D.Double(left, plotTop, left, plotBottom));
            g.draw(new Line2D.Double(left, plotBottom, left + colW * d.groups().size(), plotBottom));
            double lh = lineHeight(g, tick);
            for (double t : y.ticks()) {
                double yy = y.map(t);
                g.draw(new Line2D.Double(left - 2.5, yy, left, yy));
                String s = y.format(t);
                text(g, tick, s, left - 3 - width(g, tick, s), yy - lh / 2, "y-tick", out);
            }
            g.setStroke(new BasicStroke(0.4f));
            for (double t : y.minorTicks()) {
                double yy = y.map(t);
                g.draw(new Line2D.Double(left - 1.5, yy, left, yy));
            }
            String yl = settings.yLabel() != null ? settings.yLabel() : d.analyte() + (d.unit().isEmpty() ? "" : " (" + d.unit() + ")");
            double w = width(g, label, yl);
            double cx = r.getX() + 3 + lineHeight(g, label) / 2;
            double cy = (plotTop + plotBottom) / 2;
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2, cx, cy);
            FontMetrics m = g.getFontMetrics(label);
            g.setFont(label);
            g.drawString(yl, (float) (cx - w / 2), (float) (cy - lineHeight(g, label) / 2 + m.getAscent()));
            g.setTransform(saved);
            out.add(new Box("y-title", yl, new Rectangle2D.Double(cx - lineHeight(g, label) / 2, cy - w / 2, lineHeight(g, label), w)));
        }

        private void drawLloq(double right) {
            double yy = y.map(d.lloq());
            g.setColor(LIMIT);
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 1.5f}, 0f));
            g.draw(new Line2D.Double(left, yy, right, yy));
            Font f = smallFont();
            // the label sits in the margin right of the data, centred on its line
            text(g, f, "LLOQ", right + 2, yy - lineHeight(g, f) / 2, "lloq", out);
        }

        private void drawGroups() {
            for (int i = 0; i < d.groups().size(); i++) {
                DosePanelData.Group gr = d.groups().get(i);
                double cx = x(i);
                double half = colW * 0.34;
                switch (settings.style()) {
                    case BARS, POINTS -> meanAndError(gr, cx, half);
                    case BOX -> box(gr, cx, half);
                    case VIOLIN -> violin(gr, cx, half);
                }
            }
        }

        private void meanAndError(DosePanelData.Group gr, double cx, double half) {
            if (!Double.isFinite(gr.mean()) || !y.canShow(gr.mean())) return;
            double ym = y.map(gr.mean());
            if (settings.style() == DoseFigureSettings.Style.BARS) {
                Rectangle2D bar = new Rectangle2D.Double(cx - half, ym, 2 * half, y.map(y.baseline()) - ym);
                g.setColor(BAR);
                g.fill(bar);
                g.setColor(ChartStyle.MUTED);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(bar);
            } else {
                g.setColor(ChartStyle.INK);
                g.setStroke(new BasicStroke(1.0f));
                g.draw(new Line2D.Double(cx - half * 0.8, ym, cx + half * 0.8, ym));
            }
            double hi = upper(gr);
            double lo = lower(gr);
            if (Double.isFinite(hi) && hi > gr.mean()) {
                g.setColor(ChartStyle.INK);
                g.setStroke(new BasicStroke(0.7f));
                double yl = y.map(Math.max(lo, y.baseline()));
                if (!y.canShow(lo)) yl = y.map(y.baseline());
                double yh = y.map(hi);
                double cap = Math.min(half * 0.4, 3);
                g.draw(new Line2D.Double(cx, yl, cx, yh));
                g.draw(new Line2D.Double(cx - cap, yh, cx + cap, yh));
                if (settings.style() == DoseFigureSettings.Style.POINTS) g.draw(new Line2D.Double(cx - cap, yl, cx + cap, yl));
            }
        }

        private void box(DosePanelData.Group gr, double cx, double half) {
            double[] v = values(gr);
            if (v.length == 0) return;
            double q1 = Quantiles.type7(v, 0.25);
            double med = Quantiles.type7(v, 0.5);
            double q3 = Quantiles.type7(v, 0.75);
            double iqr = q3 - q1;
            double wlo = Arrays.stream(v).filter(x -> x >= q1 - 1.5 * iqr).min().orElse(q1);
            double whi = Arrays.stream(v).filter(x -> x <= q3 + 1.5 * iqr).max().orElse(q3);
            g.setStroke(new BasicStroke(0.6f));
            Rectangle2D b = new Rectangle2D.Double(cx - half, y.map(q3), 2 * half, y.map(q1) - y.map(q3));
            g.setColor(BAR);
            g.fill(b);
            g.setColor(ChartStyle.INK);
            g.draw(b);
            g.setStroke(new BasicStroke(1.0f));
            g.draw(new Line2D.Double(cx - half, y.map(med), cx + half, y.map(med)));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Line2D.Double(cx, y.map(q3), cx, y.map(whi)));
            g.draw(new Line2D.Double(cx, y.map(q1), cx, y.map(wlo)));
            g.draw(new Line2D.Double(cx - half / 2, y.map(whi), cx + half / 2, y.map(whi)));
            g.draw(new Line2D.Double(cx - half / 2, y.map(wlo), cx + half / 2, y.map(wlo)));
        }

        private void violin(DosePanelData.Group gr, double cx, double half) {
            double[] v = values(gr);
            if (v.length < 2) { box(gr, cx, half); return; }
            // kernel density in the axis' own scale (log10 on a log axis), Silverman's bandwidth as R's bw.nrd0
            double[] t = Arrays.stream(v).map(x -> y.transform(x)).toArray();
            double bw = Quantiles.bandwidthNrd0(t);
            double lo = Arrays.stream(t).min().orElseThrow();
            double hi = Arrays.stream(t).max().orElseThrow();
            int steps = 48;
            double[] dens = new double[steps + 1];
            double peak = 0;
            for (int k = 0; k <= steps; k++) {
                double at = lo + (hi - lo) * k / steps;
                double s = 0;
                for (double x : t) s += Math.exp(-0.5 * Math.pow((at - x) / bw, 2));
                dens[k] = s;
                peak = Math.max(peak, s);
            }
            Path2D.Double p = new Path2D.Double();
            for (int k = 0; k <= steps; k++) {
                double yy = y.mapTransformed(lo + (hi - lo) * k / steps);
                double xx = cx + half * dens[k] / peak;
                if (k == 0) p.moveTo(xx, yy); else p.lineTo(xx, yy);
            }
            for (int k = steps; k >= 0; k--) p.lineTo(cx - half * dens[k] / peak, y.mapTransformed(lo + (hi - lo) * k / steps));
            p.closePath();
            g.setColor(BAR);
            g.fill(p);
            g.setColor(ChartStyle.INK);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(p);
            double med = Quantiles.type7(v, 0.5);
            g.setStroke(new BasicStroke(1.0f));
            g.draw(new Line2D.Double(cx - half * 0.5, y.map(med), cx + half * 0.5, y.map(med)));
        }

        private double[] values(DosePanelData.Group gr) {
            return gr.points().stream().mapToDouble(DosePanelData.Point::value).filter(x -> Double.isFinite(x) && y.canShow(x)).sorted().toArray();
        }

        /** Where donor {@code d}'s k-th of {@code m} wells sits in a column: donors side by side, a donor's wells close. */
        private double pointX(int group, int donor, int k, int m) {
            double spread = Math.min(colW * 0.5, colW * 0.12 * Math.max(1, donors.size()));
            double off = donors.size() <= 1 ? 0 : -spread / 2 + spread * donor / (donors.size() - 1);
            double within = (k - (m - 1) / 2.0) * markerSize() * 0.9;
            return x(group) + off + within;
        }

        private Map<String, List<DosePanelData.Point>> byDonor(DosePanelData.Group gr) {
            Map<String, List<DosePanelData.Point>> m = new LinkedHashMap<>();
            for (String dn : donors) m.put(dn, new ArrayList<>());
            for (DosePanelData.Point p : gr.points()) if (Double.isFinite(p.value()) && y.canShow(p.value())) m.get(p.donor()).add(p);
            return m;
        }

        /** With donor means as the n, the means are the main symbols and the culture wells small points beside them. */
        private boolean donorMeans() { return d.nUnit().equals("donors"); }

        private void drawPoints() {
            for (int i = 0; i < d.groups().size(); i++) {
                Map<String, List<DosePanelData.Point>> m = byDonor(d.groups().get(i));
                for (Map.Entry<String, List<DosePanelData.Point>> e : m.entrySet()) {
                    int di = donors.indexOf(e.getKey());
                    List<DosePanelData.Point> pts = e.getValue();
                    if (donorMeans() && !pts.isEmpty()) {
                        double mean = pts.stream().mapToDouble(DosePanelData.Point::value).average().orElseThrow();
                        boolean allSub = pts.stream().allMatch(DosePanelData.Point::substituted);
                        Shape s = scaled(marker(di, pointX(i, di, 0, 1), y.map(mean)), 1.25);
                        g.setColor(allSub ? Color.WHITE : donorColour(di));
                        g.fill(s);
                        g.setColor(allSub ? donorColour(di) : ChartStyle.INK);
                        g.setStroke(new BasicStroke(0.5f));
                        g.draw(s);
                        out.add(new Box("point", e.getKey(), s.getBounds2D()));
                    }
                    for (int k = 0; k < pts.size(); k++) {
                        Shape s = marker(di, pointX(i, di, k, pts.size()), y.map(pts.get(k).value()));
                        if (donorMeans()) s = scaled(s, 0.55);
                        Color c = donorColour(di);
                        if (pts.get(k).substituted()) {
                            g.setColor(Color.WHITE);
                            g.fill(s);
                            g.setColor(c);
                            g.setStroke(new BasicStroke(0.6f));
                            g.draw(s);
                        } else {
                            g.setColor(c);
                            g.fill(s);
                        }
                        out.add(new Box("point", e.getKey(), s.getBounds2D()));
                    }
                }
            }
        }

        /** Joins each donor's mean across the treatments of one stimulus (the within-donor comparison being tested). */
        private void drawDonorLines() {
            g.setStroke(new BasicStroke(0.5f));
            for (int[] run : stimulusRuns()) {
                for (int di = 0; di < donors.size(); di++) {
                    Path2D.Double p = new Path2D.Double();
                    boolean started = false;
                    for (int i = run[0]; i <= run[1]; i++) {
                        List<DosePanelData.Point> pts = byDonor(d.groups().get(i)).get(donors.get(di));
                        if (pts.isEmpty()) { started = false; continue; }
                        double mean = pts.stream().mapToDouble(DosePanelData.Point::value).average().orElseThrow();
                        double xx = pointX(i, di, 0, 1);
                        if (!started) { p.moveTo(xx, y.map(mean)); started = true; } else p.lineTo(xx, y.map(mean));
                    }
                    Color c = donorColour(di);
                    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
                    g.draw(p);
                }
            }
        }

        private List<Bracket> brackets() {
            List<Bracket> list = new ArrayList<>();
            if (settings.significance() == DoseFigureSettings.Significance.NONE) return list;
            for (int i = 0; i < d.groups().size(); i++) {
                DosePanelData.Group gr = d.groups().get(i);
                if (gr.p() == null || gr.controlIndex() < 0 || Double.isNaN(gr.p())) continue;
                boolean ns = gr.p() >= 0.05;
                if (ns && !settings.showNs()) continue;
                String label = settings.significance() == DoseFigureSettings.Significance.STARS ? stars(gr.p()) : pText(gr.p());
                list.add(new Bracket(Math.min(i, gr.controlIndex()), Math.max(i, gr.controlIndex()), label));
            }
            // shortest spans lowest; a bracket goes on the lowest level where it overlaps no other
            list.sort((a, b) -> Integer.compare(a.to - a.from, b.to - b.from));
            List<Bracket> placed = new ArrayList<>();
            for (Bracket b : list) {
                int level = 0;
                while (true) {
                    final int lv = level;
                    if (placed.stream().noneMatch(o -> o.level == lv && o.from <= b.to && b.from <= o.to)) break;
                    level++;
                }
                b.level = level;
                placed.add(b);
            }
            return placed;
        }

        private void drawBrackets(List<Bracket> brackets, double plotTop, double bracketH) {
            Font f = smallFont();
            double th = lineHeight(g, f);
            g.setColor(ChartStyle.INK);
            g.setStroke(new BasicStroke(0.6f));
            for (Bracket b : brackets) {
                double yy = plotTop - 1 - b.level * bracketH;
                double x1 = x(b.from);
                double x2 = x(b.to);
                g.draw(new Line2D.Double(x1, yy, x2, yy));
                g.draw(new Line2D.Double(x1, yy, x1, yy + 2));
                g.draw(new Line2D.Double(x2, yy, x2, yy + 2));
                centered(g, f, b.label, (x1 + x2) / 2, yy - th - 0.5, "significance", out);
            }
        }
    }

    private static final class Bracket {
        final int from;
        final int to;
        final String label;
        int level;

        Bracket(int from, int to, String label) {
            this.from = from;
            this.to = to;
            this.label = label;
        }
    }

    /** Short forms a crowded axis falls back to; the caption and tables keep the full words. */
    static String abbreviate(String category) {
        return switch (category) {
            case "Vehicle" -> "Veh.";
            case "Medium" -> "Med.";
            default -> category;
        };
    }

    /** Prism's summary: "****" p &lt; 0.0001 … "ns". */
    public static String stars(double p) {
        if (p < 0.0001) return "****";
        if (p < 0.001) return "***";
        if (p < 0.01) return "**";
        if (p < 0.05) return "*";
        return "ns";
    }

    /** "p = 0.012", "p < 0.0001" — the way a figure prints a p-value (two significant figures). */
    public static String pText(double p) {
        if (p < 0.0001) return "p < 0.0001";
        if (p >= 0.1) return String.format(java.util.Locale.ROOT, "p = %.2f", p);
        return "p = " + new java.math.BigDecimal(p).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** The frc a figure is measured with, for callers that lay out text beside it. */
    static FontRenderContext frc() { return measureContext().getFontRenderContext(); }
}

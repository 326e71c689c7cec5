package org.cytobench.chart.dose;

import java.util.Objects;

/**
 * How the dose-response figure is drawn: the choices of the figure export dialog, saved with the experiment so that the
 * figure comes out the same next time. Defaults follow what a Prism user submits to a journal: bars with every point,
 * mean ± SD, significance stars over brackets to the vehicle control, 8 pt text on a one-column (85 mm) figure.
 *
 * @param style        bars with points, points with a mean line, box plot or violin
 * @param errorBars    SD, SEM or 95 % CI of the mean (box and violin plots draw quartiles instead)
 * @param significance stars, p-values, or no brackets
 * @param showNs       whether non-significant comparisons get a bracket labelled "ns"
 * @param logY         log10 y-axis (values ≤ 0 cannot be drawn and are said to be left out)
 * @param donorLines   lines joining a donor's values across the treatments of one stimulus (used when donors are blocks)
 * @param fontPt       text size in print, 6–12 pt (journals ask for 7–9)
 * @param widthMm      printed width; 85, 114 and 174 mm are the usual journal column widths
 * @param heightMm     printed height of one panel, or null to derive it from the width
 * @param title        panel title, or null for the analyte's name (a single-panel figure only)
 * @param yLabel       y-axis title, or null for "ANALYTE (unit)"
 * @param panelLetters whether a multi-panel figure labels its panels A, B, C …
 * @param caption      whether a caption line (what the bars, points and brackets are) is drawn under the figure
 * @param palette      the donors' colours: Okabe–Ito (colour-blind safe, the default), greys (for print in black and
 *                     white; the shapes still tell donors apart) or viridis
 */
public record DoseFigureSettings(Style style, Error errorBars, Significance significance, boolean showNs, boolean logY,
                                 boolean donorLines, double fontPt, double widthMm, Double heightMm, String title,
                                 String yLabel, boolean panelLetters, boolean caption, Palette palette) {

    public enum Style {
        BARS("bars with points"), POINTS("points with mean"), BOX("box plot"), VIOLIN("violin");

        private final String label;
        Style(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Palette {
        OKABE_ITO("Okabe–Ito colours"), GREYS("greys"), VIRIDIS("viridis");

        private final String label;
        Palette(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Error {
        SD("SD"), SEM("SEM"), CI95("95% CI");

        private final String label;
        Error(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Significance {
        STARS("stars"), P_VALUES("p-values"), NONE("none");

        private final String label;
        Significance(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** The usual journal widths: one column, 1.5 columns, full page. */
    public static final double[] JOURNAL_WIDTHS_MM = {85, 114, 174};

    public static final DoseFigureSettings DEFAULT = new DoseFigureSettings(Style.BARS, Error.SD, Significance.STARS, true,
            false, true, 8, 85, null, null, null, true, true, Palette.OKABE_ITO);

    public DoseFigureSettings {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(errorBars, "errorBars");
        Objects.requireNonNull(significance, "significance");
        palette = palette == null ? Palette.OKABE_ITO : palette;
        if (!(fontPt >= 6 && fontPt <= 12)) throw new IllegalArgumentException("font size must be 6 to 12 pt, not " + fontPt);
        if (!(widthMm >= 40 && widthMm <= 400)) throw new IllegalArgumentException("figure width must be 40 to 400 mm, not " + widthMm);
        if (heightMm != null && !(heightMm >= 30 && heightMm <= 400)) {
            throw new IllegalArgumentException("panel height must be 30 to 400 mm, not " + heightMm);
        }
        title = title == null || title.isBlank() ? null : title.strip();
        yLabel = yLabel == null || yLabel.isBlank() ? null : yLabel.strip();
    }

    public DoseFigureSettings withStyle(Style s) { return new DoseFigureSettings(s, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withErrorBars(Error e) { return new DoseFigureSettings(style, e, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withSignificance(Significance s) { return new DoseFigureSettings(style, errorBars, s, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withShowNs(boolean b) { return new DoseFigureSettings(style, errorBars, significance, b, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withLogY(boolean b) { return new DoseFigureSettings(style, errorBars, significance, showNs, b, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withDonorLines(boolean b) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, b, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withFontPt(double pt) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, pt, widthMm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withWidthMm(double mm) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, mm, heightMm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withHeightMm(Double mm) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, mm, title, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withTitle(String t) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, t, yLabel, panelLetters, caption, palette); }
    public DoseFigureSettings withYLabel(String t) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, t, panelLetters, caption, palette); }
    public DoseFigureSettings withPanelLetters(boolean b) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, b, caption, palette); }
    public DoseFigureSettings withCaption(boolean b) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, b, palette); }
    public DoseFigureSettings withPalette(Palette p) { return new DoseFigureSettings(style, errorBars, significance, showNs, logY, donorLines, fontPt, widthMm, heightMm, title, yLabel, panelLetters, caption, p); }
}

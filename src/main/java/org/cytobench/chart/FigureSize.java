package org.cytobench.chart;

/**
 * The printed size of a figure in millimetres. Charts are laid out in typographic points (1/72 inch) at this size, so an
 * 8 pt label is 8 pt on paper whatever the output format or resolution.
 */
public record FigureSize(double widthMm, double heightMm) {

    /** One journal column (most journals: 85–89 mm). */
    public static final FigureSize SINGLE_COLUMN = new FigureSize(85, 70);
    /** A full page width figure (most journals: 170–183 mm). */
    public static final FigureSize DOUBLE_COLUMN = new FigureSize(180, 110);

    private static final double MM_PER_INCH = 25.4;

    public FigureSize {
        if (!(widthMm >= 10 && widthMm <= 1000) || !(heightMm >= 10 && heightMm <= 1000)) {
            throw new IllegalArgumentException("a figure must be 10 to 1000 mm wide and high, not " + widthMm + " × " + heightMm + " mm");
        }
    }

    public double widthPoints() { return widthMm / MM_PER_INCH * 72; }

    public double heightPoints() { return heightMm / MM_PER_INCH * 72; }

    /** Width in pixels at a resolution, rounded to the nearest pixel. */
    public int widthPixels(int dpi) { return (int) Math.round(widthMm / MM_PER_INCH * dpi); }

    public int heightPixels(int dpi) { return (int) Math.round(heightMm / MM_PER_INCH * dpi); }

    public FigureSize withHeight(double mm) { return new FigureSize(widthMm, mm); }
}

package org.cytobench.chart;

import java.util.Locale;

/** The file formats a chart exports to. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), TIFF("tiff");

    private final String extension;

    ExportFormat(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    public static ExportFormat fromExtension(String ext) {
        String k = ext.strip().toLowerCase(Locale.ROOT);
        if (k.equals("tif")) return TIFF;
        for (ExportFormat f : values()) if (f.extension.equals(k)) return f;
        throw new IllegalArgumentException("unknown chart format '" + ext + "' (expected png, svg, pdf or tiff)");
    }
}

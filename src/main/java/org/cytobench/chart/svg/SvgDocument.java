package org.cytobench.chart.svg;

import java.util.HashMap;
import java.util.Map;
import org.cytobench.chart.vector.PlainNumbers;

/**
 * The SVG being written, shared by an {@link SvgGraphics2D} and every copy made with {@code create()}: the drawing in
 * order, the definitions it refers to (clip paths, gradients), and the clip group currently open.
 *
 * <p>Consecutive elements with the same clip share one {@code <g clip-path="…">}; a clip path is defined once however
 * often it is used (a chart sets the same plot-area clip for every series).
 */
final class SvgDocument {
    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder defs = new StringBuilder();
    private final Map<String, String> clipIds = new HashMap<>();
    private final Map<String, String> gradientIds = new HashMap<>();
    private String openClip;

    SvgDocument(double width, double height) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("an SVG needs a positive width and height, not " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
    }

    /** Where the next element goes, inside a group clipped by {@code clipPathData} (device space), or unclipped if null. */
    StringBuilder element(String clipPathData, boolean evenOddClip) {
        String id = clipPathData == null ? null : clipId(clipPathData, evenOddClip);
        if (id == null ? openClip != null : !id.equals(openClip)) {
            if (openClip != null) body.append("</g>\n");
            if (id != null) body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
            openClip = id;
        }
        return body;
    }

    private String clipId(String pathData, boolean evenOdd) {
        return clipIds.computeIfAbsent((evenOdd ? "e" : "n") + pathData, k -> {
            String id = "clip" + clipIds.size();
            defs.append("<clipPath id=\"").append(id).append("\" clipPathUnits=\"userSpaceOnUse\"><path d=\"").append(pathData)
                    .append('"').append(evenOdd ? " clip-rule=\"evenodd\"" : "").append("/></clipPath>\n");
            return id;
        });
    }

    /**
     * The id of a gradient whose definition, without its id attribute, is {@code element} with {@code %ID%} where the
     * id goes; equal gradients share one definition.
     */
    String gradientId(String element) {
        return gradientIds.computeIfAbsent(element, k -> {
            String id = "grad" + gradientIds.size();
            defs.append(element.replace("%ID%", id)).append('\n');
            return id;
        });
    }

    /** The whole document, XML declaration first; width and height in points, the drawing's user unit being one point. */
    String toXml() {
        StringBuilder b = new StringBuilder(body.length() + defs.length() + 400);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
        b.append(" width=\"");
        PlainNumbers.append(b, width, 3);
        b.append("pt\" height=\"");
        PlainNumbers.append(b, height, 3);
        b.append("pt\" viewBox=\"0 0 ");
        PlainNumbers.append(b, width, 3);
        b.append(' ');
        PlainNumbers.append(b, height, 3);
        b.append("\">\n");
        if (defs.length() > 0) b.append("<defs>\n").append(defs).append("</defs>\n");
        b.append(body);
        if (openClip != null) b.append("</g>\n");
        b.append("</svg>\n");
        return b.toString();
    }
}

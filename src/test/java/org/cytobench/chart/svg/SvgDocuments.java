package org.cytobench.chart.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading and checking SVG in tests: the JDK's XML parser, SVG 1.1 structure, and rendering back to pixels with librsvg. */
public final class SvgDocuments {
    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    public static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private SvgDocuments() {}

    /** Parses with the JDK's namespace-aware parser, loading nothing from outside (no network in tests). */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** A {@code <text>} element: its string and its transform attribute ("" if none). */
    public record Text(String text, String transform) {}

    public static List<Text> texts(Document doc) {
        List<Text> out = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.add(new Text(e.getTextContent(), e.getAttribute("transform")));
        }
        return out;
    }

    public static List<String> textStrings(Document doc) {
        return texts(doc).stream().map(Text::text).toList();
    }

    /** The SVG 1.1 elements the writer may use, and the attributes each may carry (presentation attributes apart). */
    private static final Map<String, Set<String>> ELEMENTS = Map.of(
            "svg", Set.of("version", "width", "height", "viewBox"),
            "defs", Set.of(),
            "g", Set.of("clip-path"),
            "clipPath", Set.of("id", "clipPathUnits"),
            "path", Set.of("d", "transform"),
            "rect", Set.of("x", "y", "width", "height", "transform"),
            "line", Set.of("x1", "y1", "x2", "y2", "transform"),
            "ellipse", Set.of("cx", "cy", "rx", "ry", "transform"),
            "text", Set.of("x", "y", "transform", "xml:space"),
            "image", Set.of("x", "y", "width", "height", "preserveAspectRatio", "transform", "xlink:href"));
    private static final Map<String, Set<String>> GRADIENTS = Map.of(
            "linearGradient", Set.of("id", "gradientUnits", "x1", "y1", "x2", "y2", "spreadMethod", "gradientTransform"),
            "radialGradient", Set.of("id", "gradientUnits", "cx", "cy", "r", "fx", "fy", "spreadMethod", "gradientTransform"),
            "stop", Set.of("offset", "stop-color", "stop-opacity"));
    /** SVG 1.1 presentation attributes the writer uses. */
    private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-opacity",
            "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
            "font-family", "font-size", "font-weight", "font-style", "opacity", "shape-rendering", "image-rendering",
            "clip-rule", "color-interpolation");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)");
    private static final Pattern URL = Pattern.compile("url\\(#([^)]+)\\)");
    private static final Pattern MATRIX = Pattern.compile("matrix\\((" + NUMBER + ") (" + NUMBER + ") (" + NUMBER + ") (" + NUMBER
            + ") (" + NUMBER + ") (" + NUMBER + ")\\)");

    /**
     * Checks what an SVG 1.1 document from {@link SvgGraphics2D} must be: an {@code <svg version="1.1">} root in the SVG
     * namespace with a width and height in points and a viewBox; only known elements and attributes; plain numbers where
     * numbers go; path data in SVG's grammar; unique ids; every {@code url(#…)} defined.
     */
    public static void checkStructure(Document doc) {
        Element root = doc.getDocumentElement();
        assertEquals(SVG_NS, root.getNamespaceURI(), "root namespace");
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertTrue(root.getAttribute("width").matches(NUMBER + "pt"), root.getAttribute("width"));
        assertTrue(root.getAttribute("height").matches(NUMBER + "pt"), root.getAttribute("height"));
        assertTrue(root.getAttribute("viewBox").matches("0 0 " + NUMBER + " " + NUMBER), root.getAttribute("viewBox"));
        Set<String> ids = new HashSet<>();
        Set<String> refs = new HashSet<>();
        check(root, ids, refs);
        assertTrue(ids.containsAll(refs), "every url(#…) is defined: " + refs + " in " + ids);
    }

    /**
     * Whether {@code d} is path data in the writer's subset of SVG's grammar — (command letter M, L, Q, C or Z, then
     * numbers each followed by an optional space or comma, then optional white space), one or more times — checked
     * token by token: the one-regex form of this grammar recursed once per number and overflowed the stack on a long
     * curve's path when the regex ran interpreted.
     */
    static boolean isPathData(String d) {
        java.util.regex.Matcher number = NUMBER.matcher(d);
        int i = 0;
        int n = d.length();
        if (n == 0) return false;
        while (i < n) {
            if ("MLQCZ".indexOf(d.charAt(i)) < 0) return false;
            i++;
            while (i < n && number.region(i, n).lookingAt()) {
                i = number.end();
                if (i < n && (d.charAt(i) == ' ' || d.charAt(i) == ',')) i++;
            }
            while (i < n && Character.isWhitespace(d.charAt(i))) i++;
        }
        return true;
    }

    private static void check(Element e, Set<String> ids, Set<String> refs) {
        assertEquals(SVG_NS, e.getNamespaceURI(), "element " + e.getTagName() + " in the SVG namespace");
        String name = e.getLocalName();
        Set<String> allowed = ELEMENTS.containsKey(name) ? ELEMENTS.get(name) : GRADIENTS.get(name);
        assertTrue(allowed != null, "unexpected element <" + name + ">");
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String an = a.getNodeName();
            String v = a.getNodeValue();
            if (an.startsWith("xmlns")) continue;
            assertTrue(allowed.contains(an) || PRESENTATION.contains(an), "attribute " + an + " on <" + name + ">");
            if (an.equals("xlink:href")) assertEquals(XLINK_NS, a.getNamespaceURI(), "xlink namespace");
            if (an.equals("xml:space")) assertEquals("preserve", v);
            if (an.equals("id")) assertTrue(ids.add(v), "duplicate id " + v);
            if (an.equals("d")) assertTrue(isPathData(v), "path data: " + v);
            if (an.endsWith("transform")) assertTrue(MATRIX.matcher(v).matches(), an + ": " + v);
            if (Set.of("x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "rx", "ry", "r", "stroke-width", "font-size",
                    "opacity", "fill-opacity", "stroke-opacity", "offset").contains(an) && !name.equals("svg")) {
                assertTrue(NUMBER.matcher(v).matches(), an + "=\"" + v + "\" on <" + name + ">");
            }
            if ((an.equals("fill") || an.equals("stroke") || an.equals("stop-color")) && !v.equals("none")) {
                assertTrue(v.matches("#[0-9a-f]{6}") || URL.matcher(v).matches(), an + "=" + v);
            }
            Matcher m = URL.matcher(v);
            while (m.find()) refs.add(m.group(1));
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                check(child, ids, refs);
            } else if (c.getNodeType() == Node.TEXT_NODE && !name.equals("text")) {
                assertTrue(c.getNodeValue().isBlank(), "text outside <text>: " + c.getNodeValue());
            }
        }
    }

    /**
     * The W3C SVG 1.1 DTD with its modules, bundled with the tests (src/test/resources/w3c, unmodified from Debian's
     * w3c-sgml-lib; no network in tests), so that the validation runs on every machine.
     */
    public static final Path SVG11_DTD = bundledDtd();

    private static Path bundledDtd() {
        try {
            return Path.of(SvgDocuments.class.getResource("/w3c/REC-SVG11-20110816/svg11.dtd").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the bundled SVG 1.1 DTD is missing from the test resources", e);
        }
    }

    /**
     * The errors of validating {@code svg} against the SVG 1.1 DTD ({@link #SVG11_DTD}, with its modules beside it), by the
     * JDK's validating parser; the document type is declared for the check only, as the writer declares none.
     */
    public static List<String> svg11DtdErrors(String svg) throws Exception {
        String doctype = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"" + SVG11_DTD.toUri() + "\">\n";
        int afterDecl = svg.startsWith("<?xml") ? svg.indexOf("?>") + 2 : 0;
        String withDoctype = svg.substring(0, afterDecl) + "\n" + doctype + svg.substring(afterDecl);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(true);
        javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
        List<String> errors = new ArrayList<>();
        b.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override public void warning(org.xml.sax.SAXParseException e) { }
            @Override public void error(org.xml.sax.SAXParseException e) { errors.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException { throw e; }
        });
        b.parse(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8)));
        return errors;
    }

    /** librsvg's command-line renderer, when installed (Debian's librsvg2-bin); tests that need it skip otherwise. */
    public static boolean rsvgAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "rsvg-convert"))) return true;
        }
        return false;
    }

    /** The SVG drawn by rsvg-convert at {@code dpi} on white, or empty if it is not installed. */
    public static Optional<BufferedImage> renderWithRsvg(String svg, int dpi, Path dir) throws IOException, InterruptedException {
        if (!rsvgAvailable()) return Optional.empty();
        Path in = dir.resolve("in.svg");
        Path out = dir.resolve("out.png");
        Files.writeString(in, svg);
        Process p = new ProcessBuilder("rsvg-convert", "-d", String.valueOf(dpi), "-p", String.valueOf(dpi), "-b", "white",
                "-o", out.toString(), in.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("rsvg.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("rsvg-convert took over a minute");
        }
        assertEquals(0, p.exitValue(), () -> "rsvg-convert failed: " + read(dir.resolve("rsvg.log")));
        return Optional.of(ImageIO.read(out.toFile()));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * How different two renderings of one picture are: mean absolute luminance difference (0–255) of 3 × 3-pixel block
     * averages over the common area, so anti-aliasing and sub-pixel glyph placement count little and a missing or moved
     * line, symbol or word counts fully.
     */
    public static double difference(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth()) / 3;
        int h = Math.min(a.getHeight(), b.getHeight()) / 3;
        double sum = 0;
        for (int by = 0; by < h; by++) {
            for (int bx = 0; bx < w; bx++) sum += Math.abs(block(a, bx, by) - block(b, bx, by));
        }
        return sum / (w * (double) h);
    }

    /** Share of 3 × 3 blocks whose mean luminance differs by more than 64: where the pictures disagree outright. */
    public static double disagreeingShare(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth()) / 3;
        int h = Math.min(a.getHeight(), b.getHeight()) / 3;
        long n = 0;
        for (int by = 0; by < h; by++) {
            for (int bx = 0; bx < w; bx++) if (Math.abs(block(a, bx, by) - block(b, bx, by)) > 64) n++;
        }
        return n / (w * (double) h);
    }

    private static double block(BufferedImage img, int bx, int by) {
        double s = 0;
        for (int y = by * 3; y < by * 3 + 3; y++) {
            for (int x = bx * 3; x < bx * 3 + 3; x++) {
                int rgb = img.getRGB(x, y);
                s += 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
            }
        }
        return s / 9;
    }
}

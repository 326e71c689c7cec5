package org.cytobench.flow.gatingml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.flow.compensation.SpilloverMatrix;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.BooleanGate;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.EllipsoidGate;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.QuadrantGate;
import org.cytobench.flow.gating.RatioTransform;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.AsinhTransform;
import org.cytobench.flow.transform.HyperlogTransform;
import org.cytobench.flow.transform.LinearTransform;
import org.cytobench.flow.transform.LogTransform;
import org.cytobench.flow.transform.LogicleTransform;
import org.cytobench.flow.transform.Transform;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Gating-ML 2.0 document into a {@link GatingStrategy}: transformations (flin, flog, fasinh, logicle, hyperlog,
 * fratio), spectrum matrices, and Rectangle, Polygon, Ellipsoid, Quadrant and Boolean gates with their parents. The
 * element readers are public so that FlowJo workspaces, which embed Gating-ML gate elements, reuse them.
 */
public final class GatingMlReader {
    private final String file;

    private GatingMlReader(String file) { this.file = file; }

    public static GatingStrategy read(Path path) throws FlowFileException {
        return read(path.getFileName().toString(), FlowFileException.readAll(path));
    }

    public static GatingStrategy read(String name, byte[] xml) throws FlowFileException {
        return new GatingMlReader(name).strategy(parse(name, xml).getDocumentElement());
    }

    /** Parses XML securely (see {@link GatingMl#secureBuilder()}), naming the file and line on malformed input. */
    public static Document parse(String name, byte[] xml) throws FlowFileException {
        try {
            return GatingMl.secureBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new FlowFileException(name, "line " + e.getLineNumber() + ": not well-formed XML (" + e.getMessage() + ")");
        } catch (SAXException e) {
            throw new FlowFileException(name, "not readable as XML (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new FlowFileException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private GatingStrategy strategy(Element root) throws FlowFileException {
        if (!"Gating-ML".equals(root.getLocalName())) {
            throw new FlowFileException(file, "not a Gating-ML document (the root element is <" + root.getNodeName() + ">)");
        }
        Map<String, Transform> transforms = new LinkedHashMap<>();
        Map<String, RatioTransform> ratios = new LinkedHashMap<>();
        Map<String, SpilloverMatrix> matrices = new LinkedHashMap<>();
        List<Gate> gates = new ArrayList<>();
        List<QuadrantGate> groups = new ArrayList<>();
        for (Element e : children(root)) {
            String ln = e.getLocalName();
            switch (ln) {
                case "transformation" -> transformation(e, transforms, ratios);
                case "spectrumMatrix" -> {
                    String id = attr(e, GatingMl.TRANSFORMS, "id");
                    matrices.put(id, spectrumMatrix(e));
                }
                case "QuadrantGate" -> {
                    QuadrantGate q = quadrantGate(e, null);
                    groups.add(q);
                    gates.addAll(q.quadrants());
                }
                case "RectangleGate", "PolygonGate", "EllipsoidGate", "BooleanGate" -> gates.add(gate(e, null, null));
                default -> { } // custom_info and anything else carry no gating
            }
        }
        try {
            return new GatingStrategy(transforms, ratios, matrices, gates, groups);
        } catch (IllegalArgumentException ex) {
            throw new FlowFileException(file, ex.getMessage());
        }
    }

    /** Reads one transformation element into the transform or ratio maps. */
    public static void readTransformation(String file, Element e, Map<String, Transform> transforms,
                                          Map<String, RatioTransform> ratios) throws FlowFileException {
        new GatingMlReader(file).transformation(e, transforms, ratios);
    }

    /** Reads a Rectangle, Polygon, Ellipsoid or Boolean gate element (parent from its parent_id unless given). */
    public static Gate readGate(String file, Element e, String parentId) throws FlowFileException {
        return new GatingMlReader(file).gate(e, null, parentId);
    }

    /** Reads a gate element whose id is given from outside (FlowJo puts it on a wrapping element). */
    public static Gate readGate(String file, Element e, String id, String parentId) throws FlowFileException {
        return new GatingMlReader(file).gate(e, id, parentId);
    }

    /** Reads a QuadrantGate element. */
    public static QuadrantGate readQuadrantGate(String file, Element e, String parentId) throws FlowFileException {
        return new GatingMlReader(file).quadrantGate(e, parentId);
    }

    /** Reads a spectrumMatrix element. */
    public static SpilloverMatrix readSpectrumMatrix(String file, Element e) throws FlowFileException {
        return new GatingMlReader(file).spectrumMatrix(e);
    }

    private void transformation(Element e, Map<String, Transform> transforms, Map<String, RatioTransform> ratios)
            throws FlowFileException {
        String id = attr(e, GatingMl.TRANSFORMS, "id");
        if (id == null) throw new FlowFileException(file, "a transformation has no id");
        Element f = children(e).stream().findFirst()
                .orElseThrow(() -> new FlowFileException(file, "transformation " + id + " is empty"));
        try {
            switch (f.getLocalName()) {
                case "flin" -> transforms.put(id, new LinearTransform(num(f, "T", id), optNum(f, "A", 0)));
                case "flog" -> transforms.put(id, new LogTransform(num(f, "T", id), num(f, "M", id)));
                case "fasinh" -> transforms.put(id, new AsinhTransform(num(f, "T", id), num(f, "M", id), optNum(f, "A", 0)));
                case "logicle" -> transforms.put(id, new LogicleTransform(num(f, "T", id), num(f, "W", id), num(f, "M", id),
                        optNum(f, "A", 0)));
                case "hyperlog" -> transforms.put(id, new HyperlogTransform(num(f, "T", id), num(f, "W", id), num(f, "M", id),
                        optNum(f, "A", 0)));
                case "fratio" -> {
                    List<String> dims = new ArrayList<>();
                    for (Element d : children(f)) if ("fcs-dimension".equals(d.getLocalName())) dims.add(name(d, id));
                    if (dims.size() != 2) throw new FlowFileException(file, "ratio " + id + " needs two fcs-dimensions, found " + dims.size());
                    ratios.put(id, new RatioTransform(id, dims.get(0), dims.get(1), num(f, "A", id), num(f, "B", id), num(f, "C", id)));
                }
                default -> throw new FlowFileException(file, "transformation " + id + ": <" + f.getLocalName() + "> is not supported");
            }
        } catch (IllegalArgumentException ex) {
            throw new FlowFileException(file, "transformation " + id + ": " + ex.getMessage());
        }
    }

    private SpilloverMatrix spectrumMatrix(Element e) throws FlowFileException {
        String id = attr(e, GatingMl.TRANSFORMS, "id");
        if ("true".equalsIgnoreCase(attr(e, GatingMl.TRANSFORMS, "matrix-inverted-already"))) {
            throw new FlowFileException(file, "spectrum matrix " + id + " is stored inverted (matrix-inverted-already), which is not supported");
        }
        List<String> fluoro = new ArrayList<>();
        List<String> det = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getLocalName()) {
                case "fluorochromes" -> { for (Element d : children(c)) fluoro.add(name(d, id)); }
                case "detectors" -> { for (Element d : children(c)) det.add(name(d, id)); }
                case "spectrum" -> {
                    List<Element> cs = children(c);
                    double[] r = new double[cs.size()];
                    for (int i = 0; i < r.length; i++) r[i] = num(cs.get(i), GatingMl.TRANSFORMS, "value", id);
                    rows.add(r);
                }
                default -> { }
            }
        }
        try {
            return new SpilloverMatrix(fluoro, det, rows.toArray(double[][]::new));
        } catch (IllegalArgumentException ex) {
            throw new FlowFileException(file, "spectrum matrix " + id + ": " + ex.getMessage());
        }
    }

    private Gate gate(Element e, String idOverride, String parentOverride) throws FlowFileException {
        String id = idOverride != null ? idOverride : attr(e, GatingMl.GATING, "id");
        if (id == null || id.isBlank()) throw new FlowFileException(file, "a <" + e.getLocalName() + "> has no gating:id");
        String parent = parentOverride != null ? parentOverride : attr(e, GatingMl.GATING, "parent_id");
        try {
            switch (e.getLocalName()) {
                case "RectangleGate" -> {
                    List<Dimension> dims = new ArrayList<>();
                    List<double[]> bounds = new ArrayList<>();
                    for (Element d : children(e, "dimension")) {
                        dims.add(dimension(d, id));
                        bounds.add(new double[] {optNum(d, GatingMl.GATING, "min", Double.NaN), optNum(d, GatingMl.GATING, "max", Double.NaN)});
                    }
                    double[] min = bounds.stream().mapToDouble(b -> b[0]).toArray();
                    double[] max = bounds.stream().mapToDouble(b -> b[1]).toArray();
                    return new RectangleGate(id, parent, dims, min, max);
                }
                case "PolygonGate" -> {
                    List<Dimension> dims = new ArrayList<>();
                    for (Element d : children(e, "dimension")) dims.add(dimension(d, id));
                    List<double[]> v = new ArrayList<>();
                    for (Element vx : children(e, "vertex")) v.add(coordinates(vx, id));
                    return new PolygonGate(id, parent, dims, v.toArray(double[][]::new));
                }
                case "EllipsoidGate" -> {
                    List<Dimension> dims = new ArrayList<>();
                    for (Element d : children(e, "dimension")) dims.add(dimension(d, id));
                    double[] mean = coordinates(one(e, "mean", id), id);
                    List<double[]> rows = new ArrayList<>();
                    for (Element r : children(one(e, "covarianceMatrix", id), "row")) {
                        List<Element> entries = children(r, "entry");
                        double[] row = new double[entries.size()];
                        for (int i = 0; i < row.length; i++) row[i] = num(entries.get(i), GatingMl.DATATYPES, "value", id);
                        rows.add(row);
                    }
                    double d2 = num(one(e, "distanceSquare", id), GatingMl.DATATYPES, "value", id);
                    return new EllipsoidGate(id, parent, dims, mean, rows.toArray(double[][]::new), d2);
                }
                case "BooleanGate" -> {
                    Element op = children(e).stream().filter(c -> List.of("and", "or", "not").contains(c.getLocalName()))
                            .findFirst().orElseThrow(() -> new FlowFileException(file, "boolean gate " + id + " has no and, or or not"));
                    List<BooleanGate.Reference> refs = new ArrayList<>();
                    for (Element r : children(op, "gateReference")) {
                        refs.add(new BooleanGate.Reference(attr(r, GatingMl.GATING, "ref"),
                                "true".equalsIgnoreCase(attr(r, GatingMl.GATING, "use-as-complement"))));
                    }
                    return new BooleanGate(id, parent, BooleanGate.Operator.valueOf(op.getLocalName().toUpperCase(java.util.Locale.ROOT)), refs);
                }
                default -> throw new FlowFileException(file, "gate " + id + ": <" + e.getLocalName() + "> is not supported");
            }
        } catch (IllegalArgumentException ex) {
            throw new FlowFileException(file, ex.getMessage());
        }
    }

    private QuadrantGate quadrantGate(Element e, String parentOverride) throws FlowFileException {
        String id = attr(e, GatingMl.GATING, "id");
        String parent = parentOverride != null ? parentOverride : attr(e, GatingMl.GATING, "parent_id");
        Map<String, QuadrantGate.Divider> dividers = new LinkedHashMap<>();
        try {
            for (Element d : children(e, "divider")) {
                String did = attr(d, GatingMl.GATING, "id");
                List<Double> cuts = new ArrayList<>();
                for (Element v : children(d, "value")) cuts.add(parse(v.getTextContent().trim(), "divider " + did + " value"));
                dividers.put(did, new QuadrantGate.Divider(did, dimension(d, id), cuts.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            List<QuadrantGate.Quadrant> quadrants = new ArrayList<>();
            for (Element q : children(e, "Quadrant")) {
                String qid = attr(q, GatingMl.GATING, "id");
                List<QuadrantGate.Divider> used = new ArrayList<>();
                List<Double> loc = new ArrayList<>();
                for (Element p : children(q, "position")) {
                    String ref = attr(p, GatingMl.GATING, "divider_ref");
                    QuadrantGate.Divider dv = dividers.get(ref);
                    if (dv == null) throw new FlowFileException(file, "quadrant " + qid + " refers to divider '" + ref + "', which is not defined");
                    used.add(dv);
                    loc.add(num(p, GatingMl.GATING, "location", qid));
                }
                quadrants.add(new QuadrantGate.Quadrant(qid, parent, id, used, loc.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            return new QuadrantGate(id, parent, new ArrayList<>(dividers.values()), quadrants);
        } catch (IllegalArgumentException ex) {
            throw new FlowFileException(file, ex.getMessage());
        }
    }

    /** A gate dimension (or quadrant divider): its compensation and transform, and an fcs-dimension or new-dimension. */
    private Dimension dimension(Element d, String gateId) throws FlowFileException {
        String comp = attr(d, GatingMl.GATING, "compensation-ref");
        String tr = attr(d, GatingMl.GATING, "transformation-ref");
        for (Element c : children(d)) {
            if ("fcs-dimension".equals(c.getLocalName())) return new Dimension(name(c, gateId), null, comp, tr);
            if ("new-dimension".equals(c.getLocalName())) {
                return new Dimension(null, attr(c, GatingMl.DATATYPES, "transformation-ref"), comp, tr);
            }
        }
        throw new FlowFileException(file, "gate " + gateId + ": a dimension has no fcs-dimension or new-dimension");
    }

    private double[] coordinates(Element parent, String id) throws FlowFileException {
        List<Element> cs = children(parent, "coordinate");
        double[] v = new double[cs.size()];
        for (int i = 0; i < v.length; i++) v[i] = num(cs.get(i), GatingMl.DATATYPES, "value", id);
        return v;
    }

    private String name(Element fcsDimension, String id) throws FlowFileException {
        String n = attr(fcsDimension, GatingMl.DATATYPES, "name");
        if (n == null) throw new FlowFileException(file, id + ": an fcs-dimension has no name");
        return n;
    }

    private Element one(Element e, String local, String id) throws FlowFileException {
        List<Element> l = children(e, local);
        if (l.isEmpty()) throw new FlowFileException(file, "gate " + id + " has no <" + local + ">");
        return l.get(0);
    }

    private double num(Element e, String local, String id) throws FlowFileException {
        return num(e, GatingMl.TRANSFORMS, local, id);
    }

    private double num(Element e, String ns, String local, String id) throws FlowFileException {
        String v = attr(e, ns, local);
        if (v == null) throw new FlowFileException(file, id + ": <" + e.getLocalName() + "> has no " + local);
        return parse(v, id + " " + local);
    }

    private double optNum(Element e, String local, double dflt) throws FlowFileException {
        return optNum(e, GatingMl.TRANSFORMS, local, dflt);
    }

    private double optNum(Element e, String ns, String local, double dflt) throws FlowFileException {
        String v = attr(e, ns, local);
        return v == null ? dflt : parse(v, local);
    }

    private double parse(String v, String what) throws FlowFileException {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException ex) {
            throw new FlowFileException(file, what + " '" + v + "' is not a number");
        }
    }

    /** A namespaced attribute, falling back to an unqualified one (some writers omit the prefix); null when absent. */
    public static String attr(Element e, String ns, String local) {
        String v = e.getAttributeNS(ns, local);
        if (v == null || v.isEmpty()) v = e.getAttribute(local);
        return v == null || v.isEmpty() ? null : v;
    }

    /** Child elements, in order. */
    public static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) out.add(c);
        return out;
    }

    /** Child elements with this local name. */
    public static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(e)) if (local.equals(c.getLocalName())) out.add(c);
        return out;
    }
}

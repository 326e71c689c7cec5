package org.cytobench.flow.flowjo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytobench.flow.compensation.SpilloverMatrix;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.transform.Transform;
import org.cytobench.flow.gatingml.GatingMl;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A FlowJo 10 workspace (.wsp): its samples, each with its gating tree (Population elements nested in Subpopulations,
 * each with a Gate holding a Gating-ML 2.0 gate element), the saved counts, and the acquisition spillover matrix that
 * FlowJo's "Comp-" parameters refer to.
 *
 * <p>Each sample's {@code Transformations} give its display axes ({@link FlowJoTransforms}). FlowJo writes rectangle and
 * polygon coordinates as data (scale) values but gates on the display axes: polygons are evaluated there (their edges
 * are straight on the plot), rectangles stay in data values (the same events either way). Ellipses are written as foci
 * and edge points in display channels and become Gating-ML ellipsoids on those axes ({@link FlowJoEllipse}). A
 * population whose gate cannot be read is listed with its count but left out of {@link WorkspaceSample#gates()}, with its
 * descendants, and {@link WorkspacePopulation#unsupported()} says why.
 */
public record FlowJoWorkspace(String file, String flowJoVersion, List<WorkspaceSample> samples) {

    public FlowJoWorkspace {
        samples = List.copyOf(samples);
    }

    public static boolean recognizes(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        return s.contains("<Workspace");
    }

    public static FlowJoWorkspace read(Path path) throws FlowFileException {
        return read(path.getFileName().toString(), FlowFileException.readAll(path));
    }

    public static FlowJoWorkspace read(String name, byte[] xml) throws FlowFileException {
        Document doc = GatingMlReader.parse(name, xml);
        Element root = doc.getDocumentElement();
        if (!"Workspace".equals(root.getLocalName())) {
            throw new FlowFileException(name, "not a FlowJo workspace (the root element is <" + root.getNodeName() + ">)");
        }
        List<WorkspaceSample> samples = new ArrayList<>();
        for (Element list : GatingMlReader.children(root, "SampleList")) {
            for (Element s : GatingMlReader.children(list, "Sample")) samples.add(sample(name, s));
        }
        if (samples.isEmpty()) throw new FlowFileException(name, "the workspace has no samples");
        return new FlowJoWorkspace(name, root.getAttribute("flowJoVersion"), samples);
    }

    /** The sample acquired from this FCS file name, if the workspace has it. */
    public java.util.Optional<WorkspaceSample> sample(String fcsFileName) {
        return samples.stream().filter(s -> s.fileName().equals(fcsFileName)).findFirst();
    }

    private static WorkspaceSample sample(String file, Element s) throws FlowFileException {
        Element ds = first(s, "DataSet");
        String uri = ds == null ? "" : ds.getAttribute("uri");
        String fileName = URLDecoder.decode(uri.substring(uri.lastIndexOf('/') + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Map<String, SpilloverMatrix> matrices = new LinkedHashMap<>();
        String prefix = null;
        for (Element m : GatingMlReader.children(s, "spilloverMatrix")) {
            String id = GatingMlReader.attr(m, GatingMl.TRANSFORMS, "id");
            prefix = m.getAttribute("prefix");
            matrices.put(id, spillover(m, prefix));
        }
        Element node = first(s, "SampleNode");
        if (node == null) throw new FlowFileException(file, "sample " + fileName + " has no SampleNode");
        List<WorkspacePopulation> pops = new ArrayList<>();
        List<Gate> gates = new ArrayList<>();
        String matrixId = matrices.isEmpty() ? null : matrices.keySet().iterator().next();
        String compPrefix = prefix == null || prefix.isEmpty() ? "Comp-" : prefix;
        Map<String, Transform> byParameter = FlowJoTransforms.read(file, s);
        Axes axes = new Axes(byParameter, compPrefix);
        walk(file, node, null, pops, gates, new HashSet<>(), matrixId, axes);
        GatingStrategy strategy;
        try {
            strategy = new GatingStrategy(axes.used(), Map.of(), matrices, gates, List.of());
        } catch (IllegalArgumentException e) {
            throw new FlowFileException(file, "sample " + fileName + ": " + e.getMessage());
        }
        return new WorkspaceSample(node.getAttribute("sampleID"), fileName, intAttr(node, "count"), pops, strategy, byParameter);
    }

    private static void walk(String file, Element parentNode, String parentPath, List<WorkspacePopulation> pops, List<Gate> gates,
                             Set<String> skipped, String matrixId, Axes axes) throws FlowFileException {
        Element subs = first(parentNode, "Subpopulations");
        if (subs == null) return;
        for (Element p : GatingMlReader.children(subs, "Population")) {
            String name = p.getAttribute("name");
            String path = parentPath == null ? name : parentPath + "/" + name;
            Element gateWrap = first(p, "Gate");
            Element geo = gateWrap == null ? null : GatingMlReader.children(gateWrap).stream().findFirst().orElse(null);
            String kind = geo == null ? null : geo.getLocalName();
            String unsupported = null;
            if (geo == null) {
                unsupported = "no gate";
            } else if (parentPath != null && skipped.contains(parentPath)) {
                unsupported = "its parent's gate is not supported";
            } else {
                try {
                    Gate g = !first(geo, "foci", "edge").isEmpty() ? ellipse(file, geo, path, parentPath, matrixId, axes)
                            : onDisplayAxes(GatingMlReader.readGate(file, geo, path, parentPath)
                                    .mapDimensions(d -> compensated(d, matrixId, axes.prefix())), axes);
                    gates.add(g);
                } catch (FlowFileException e) {
                    unsupported = e.problem();
                }
            }
            if (unsupported != null) skipped.add(path);
            pops.add(new WorkspacePopulation(path, name, parentPath, intAttr(p, "count"), kind, unsupported));
            walk(file, p, path, pops, gates, skipped, matrixId, axes);
        }
    }

    /**
     * A polygon's edges are straight on FlowJo's display axes, not in data values, so its vertices (written as data
     * values) and the events are both put on the sample's display axes. Rectangles and quadrants stay in data values:
     * every display axis is monotone, so the same events fall inside either way (and values a log axis cannot show stay
     * in range gates, as FlowJo piles them at the axis minimum). A polygon with a vertex the axis cannot show (≤ 0 on
     * a log axis) stays in data values.
     */
    private static Gate onDisplayAxes(Gate g, Axes axes) {
        if (!(g instanceof PolygonGate pg)) return g;
        double[][] v = new double[pg.vertices().length][2];
        List<Dimension> dims = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Dimension d = pg.dimensions().get(k);
            String id = axes.idFor(d.parameter());
            Transform t = id == null ? null : axes.transform(id);
            for (int i = 0; i < v.length; i++) {
                double x = pg.vertices()[i][k];
                v[i][k] = t == null ? x : t.apply(x);
                if (!Double.isFinite(v[i][k])) return g;
            }
            dims.add(id == null ? d : d.withTransform(id));
        }
        for (int k = 0; k < 2; k++) if (dims.get(k).transformationRef() != null) axes.use(dims.get(k).transformationRef());
        return new PolygonGate(pg.id(), pg.parentId(), dims, v);
    }

    /** A FlowJo ellipse: its points are already display-axis channels (see {@link FlowJoEllipse}). */
    private static Gate ellipse(String file, Element geo, String path, String parentPath, String matrixId, Axes axes) throws FlowFileException {
        List<Dimension> dims = new ArrayList<>();
        for (Element d : GatingMlReader.children(geo, "dimension")) {
            for (Element fd : GatingMlReader.children(d, "fcs-dimension")) {
                String name = GatingMlReader.attr(fd, GatingMl.DATATYPES, "name");
                String id = axes.idFor(name);
                if (id == null) throw new FlowFileException(file, "ellipse " + path + " is on " + name + ", which has no display axis in the workspace");
                axes.use(id);
                dims.add(compensated(Dimension.of(name), matrixId, axes.prefix()).withTransform(id));
            }
        }
        return FlowJoEllipse.read(file, geo, path, parentPath, dims);
    }

    /** The sample's display axes by parameter; "Comp-PE-A" is shown on PE-A's axis. */
    private static final class Axes {
        private final Map<String, Transform> byParameter;
        private final String prefix;
        private final Map<String, Transform> used = new LinkedHashMap<>();

        Axes(Map<String, Transform> byParameter, String prefix) {
            this.byParameter = byParameter;
            this.prefix = prefix;
        }

        String prefix() { return prefix; }

        /** The transform id of a parameter's axis ("FlowJo axis PE-A"), or null when the workspace gives none. */
        String idFor(String parameter) {
            if (parameter == null) return null;
            String p = byParameter.containsKey(parameter) ? parameter
                    : parameter.startsWith(prefix) && byParameter.containsKey(parameter.substring(prefix.length())) ? parameter.substring(prefix.length()) : null;
            return p == null ? null : "FlowJo axis " + p;
        }

        Transform transform(String id) { return byParameter.get(id.substring("FlowJo axis ".length())); }

        void use(String id) { used.put(id, transform(id)); }

        Map<String, Transform> used() { return used; }
    }

    /** FlowJo names a compensated parameter "Comp-FITC-A": the detector FITC-A compensated by the sample's matrix. */
    private static Dimension compensated(Dimension d, String matrixId, String prefix) {
        if (matrixId == null || d.parameter() == null || !d.parameter().startsWith(prefix)) return d;
        return d.withCompensation(matrixId);
    }

    private static SpilloverMatrix spillover(Element m, String prefix) {
        List<String> detectors = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Element params : GatingMlReader.children(m, "parameters")) {
            for (Element p : GatingMlReader.children(params, "parameter")) detectors.add(GatingMlReader.attr(p, GatingMl.DATATYPES, "name"));
        }
        for (Element sp : GatingMlReader.children(m, "spillover")) {
            double[] row = new double[detectors.size()];
            for (Element c : GatingMlReader.children(sp, "coefficient")) {
                int j = detectors.indexOf(GatingMlReader.attr(c, GatingMl.DATATYPES, "parameter"));
                if (j >= 0) row[j] = Double.parseDouble(GatingMlReader.attr(c, GatingMl.TRANSFORMS, "value"));
            }
            rows.add(row);
        }
        String p = prefix == null || prefix.isEmpty() ? "Comp-" : prefix;
        List<String> fluoro = detectors.stream().map(d -> p + d).toList();
        return new SpilloverMatrix(fluoro, detectors, rows.toArray(double[][]::new));
    }

    private static Element first(Element e, String local) {
        List<Element> l = GatingMlReader.children(e, local);
        return l.isEmpty() ? null : l.get(0);
    }

    private static List<Element> first(Element e, String a, String b) {
        List<Element> l = new ArrayList<>(GatingMlReader.children(e, a));
        l.addAll(GatingMlReader.children(e, b));
        return l;
    }

    private static int intAttr(Element e, String name) {
        String v = e.getAttribute(name);
        try {
            return v.isEmpty() ? -1 : Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}

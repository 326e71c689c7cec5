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
import org.cytobench.flow.gatingml.GatingMl;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A FlowJo 10 workspace (.wsp): its samples, each with its gating tree (Population elements nested in Subpopulations,
 * each with a Gate holding a Gating-ML 2.0 gate element), the saved counts, and the acquisition spillover matrix that
 * FlowJo's "Comp-" parameters refer to.
 *
 * <p>Gate coordinates are read as FlowJo stores them, in data (scale-value) space. FlowJo's own focus-and-edge ellipses
 * are not Gating-ML ellipsoids; such populations and their descendants are listed with their counts but left out of
 * {@link WorkspaceSample#gates()}, and {@link WorkspacePopulation#unsupported()} says why.
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
        walk(file, node, null, pops, gates, new HashSet<>(), matrixId, compPrefix);
        GatingStrategy strategy;
        try {
            strategy = new GatingStrategy(Map.of(), Map.of(), matrices, gates, List.of());
        } catch (IllegalArgumentException e) {
            throw new FlowFileException(file, "sample " + fileName + ": " + e.getMessage());
        }
        return new WorkspaceSample(node.getAttribute("sampleID"), fileName, intAttr(node, "count"), pops, strategy);
    }

    private static void walk(String file, Element parentNode, String parentPath, List<WorkspacePopulation> pops, List<Gate> gates,
                             Set<String> skipped, String matrixId, String prefix) throws FlowFileException {
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
            } else if (!first(geo, "foci", "edge").isEmpty()) {
                unsupported = "FlowJo focus-and-edge ellipse (not a Gating-ML ellipsoid)";
            } else {
                try {
                    Gate g = GatingMlReader.readGate(file, geo, path, parentPath);
                    gates.add(g.mapDimensions(d -> compensated(d, matrixId, prefix)));
                } catch (FlowFileException e) {
                    unsupported = e.problem();
                }
            }
            if (unsupported != null) skipped.add(path);
            pops.add(new WorkspacePopulation(path, name, parentPath, intAttr(p, "count"), kind, unsupported));
            walk(file, p, path, pops, gates, skipped, matrixId, prefix);
        }
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

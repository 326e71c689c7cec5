package org.cytobench.flow.gatingml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.cytobench.flow.compensation.SpilloverMatrix;
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

/**
 * Writes a {@link GatingStrategy} as a Gating-ML 2.0 document that {@link GatingMlReader} (and FlowKit, flowCore) read
 * back to the same gates: numbers are written in Java's shortest round-trip form, so nothing moves by a rounding.
 */
public final class GatingMlWriter {
    private final Document doc;

    private GatingMlWriter() {
        this.doc = GatingMl.secureBuilder().newDocument();
    }

    /** The document as UTF-8 text. */
    public static String write(GatingStrategy s) {
        return new GatingMlWriter().document(s);
    }

    private String document(GatingStrategy s) {
        Element root = doc.createElementNS(GatingMl.GATING, "gating:Gating-ML");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:gating", GatingMl.GATING);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:transforms", GatingMl.TRANSFORMS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:data-type", GatingMl.DATATYPES);
        doc.appendChild(root);
        for (Map.Entry<String, Transform> t : s.transforms().entrySet()) root.appendChild(transformation(t.getKey(), t.getValue()));
        for (RatioTransform r : s.ratios().values()) root.appendChild(ratio(r));
        for (Map.Entry<String, SpilloverMatrix> m : s.matrices().entrySet()) root.appendChild(matrix(m.getKey(), m.getValue()));
        Set<String> groupsWritten = new HashSet<>();
        for (Gate g : s.gates()) {
            if (g instanceof QuadrantGate.Quadrant q) {
                if (groupsWritten.add(q.groupId())) root.appendChild(quadrantGroup(group(s, q)));
            } else {
                root.appendChild(gate(g));
            }
        }
        return serialize();
    }

    private static QuadrantGate group(GatingStrategy s, QuadrantGate.Quadrant q) {
        for (QuadrantGate g : s.quadrantGroups()) if (g.id().equals(q.groupId())) return g;
        return new QuadrantGate(q.groupId(), q.parentId(), q.dividers(), List.of(q));
    }

    private Element transformation(String id, Transform t) {
        Element e = el(GatingMl.TRANSFORMS, "transforms:transformation");
        e.setAttributeNS(GatingMl.TRANSFORMS, "transforms:id", id);
        Element f;
        if (t instanceof LinearTransform l) {
            f = fn("flin", "T", l.t(), "A", l.a());
        } else if (t instanceof LogTransform l) {
            f = fn("flog", "T", l.t(), "M", l.m());
        } else if (t instanceof AsinhTransform a) {
            f = fn("fasinh", "T", a.t(), "M", a.m(), "A", a.a());
        } else if (t instanceof LogicleTransform l) {
            f = fn("logicle", "T", l.t(), "W", l.w(), "M", l.m(), "A", l.a());
        } else if (t instanceof HyperlogTransform h) {
            f = fn("hyperlog", "T", h.t(), "W", h.w(), "M", h.m(), "A", h.a());
        } else if (t instanceof org.cytobench.flow.transform.FlowJoDisplayTransform) {
            throw new IllegalArgumentException("transform " + id + " is a FlowJo display axis (channels 0-256), which Gating-ML 2.0 cannot express");
        } else {
            throw new IllegalArgumentException("transform " + id + " (" + t + ") has no Gating-ML 2.0 form; use fasinh instead");
        }
        e.appendChild(f);
        return e;
    }

    private Element ratio(RatioTransform r) {
        Element e = el(GatingMl.TRANSFORMS, "transforms:transformation");
        e.setAttributeNS(GatingMl.TRANSFORMS, "transforms:id", r.id());
        Element f = fn("fratio", "A", r.a(), "B", r.b(), "C", r.c());
        f.appendChild(fcsDimension(r.numerator()));
        f.appendChild(fcsDimension(r.denominator()));
        e.appendChild(f);
        return e;
    }

    private Element matrix(String id, SpilloverMatrix m) {
        Element e = el(GatingMl.TRANSFORMS, "transforms:spectrumMatrix");
        e.setAttributeNS(GatingMl.TRANSFORMS, "transforms:id", id);
        Element fl = el(GatingMl.TRANSFORMS, "transforms:fluorochromes");
        for (String f : m.fluorochromes()) fl.appendChild(fcsDimension(f));
        Element det = el(GatingMl.TRANSFORMS, "transforms:detectors");
        for (String d : m.detectors()) det.appendChild(fcsDimension(d));
        e.appendChild(fl);
        e.appendChild(det);
        for (double[] row : m.values()) {
            Element sp = el(GatingMl.TRANSFORMS, "transforms:spectrum");
            for (double v : row) {
                Element c = el(GatingMl.TRANSFORMS, "transforms:coefficient");
                c.setAttributeNS(GatingMl.TRANSFORMS, "transforms:value", num(v));
                sp.appendChild(c);
            }
            e.appendChild(sp);
        }
        return e;
    }

    private Element gate(Gate g) {
        if (g instanceof RectangleGate r) {
            Element e = gateElement("gating:RectangleGate", g);
            for (int i = 0; i < r.dimensions().size(); i++) {
                Element d = dimension(r.dimensions().get(i));
                if (!Double.isNaN(r.min()[i])) d.setAttributeNS(GatingMl.GATING, "gating:min", num(r.min()[i]));
                if (!Double.isNaN(r.max()[i])) d.setAttributeNS(GatingMl.GATING, "gating:max", num(r.max()[i]));
                e.appendChild(d);
            }
            return e;
        }
        if (g instanceof PolygonGate p) {
            Element e = gateElement("gating:PolygonGate", g);
            for (Dimension d : p.dimensions()) e.appendChild(dimension(d));
            for (double[] v : p.vertices()) e.appendChild(coordinates("gating:vertex", v));
            return e;
        }
        if (g instanceof EllipsoidGate el) {
            Element e = gateElement("gating:EllipsoidGate", g);
            for (Dimension d : el.dimensions()) e.appendChild(dimension(d));
            e.appendChild(coordinates("gating:mean", el.mean()));
            Element cov = el(GatingMl.GATING, "gating:covarianceMatrix");
            for (double[] row : el.covariance()) {
                Element r = el(GatingMl.GATING, "gating:row");
                for (double v : row) r.appendChild(valued(GatingMl.GATING, "gating:entry", v));
                cov.appendChild(r);
            }
            e.appendChild(cov);
            e.appendChild(valued(GatingMl.GATING, "gating:distanceSquare", el.distanceSquare()));
            return e;
        }
        BooleanGate b = (BooleanGate) g;
        Element e = gateElement("gating:BooleanGate", g);
        Element op = el(GatingMl.GATING, "gating:" + b.operator().name().toLowerCase(java.util.Locale.ROOT));
        for (BooleanGate.Reference r : b.references()) {
            Element ref = el(GatingMl.GATING, "gating:gateReference");
            ref.setAttributeNS(GatingMl.GATING, "gating:ref", r.gateId());
            if (r.complement()) ref.setAttributeNS(GatingMl.GATING, "gating:use-as-complement", "true");
            op.appendChild(ref);
        }
        e.appendChild(op);
        return e;
    }

    private Element quadrantGroup(QuadrantGate q) {
        Element e = el(GatingMl.GATING, "gating:QuadrantGate");
        e.setAttributeNS(GatingMl.GATING, "gating:id", q.id());
        if (q.parentId() != null) e.setAttributeNS(GatingMl.GATING, "gating:parent_id", q.parentId());
        for (QuadrantGate.Divider d : q.dividers()) {
            Element dv = dimensionLike("gating:divider", d.dimension());
            dv.setAttributeNS(GatingMl.GATING, "gating:id", d.id());
            for (double c : d.cuts()) {
                Element v = el(GatingMl.GATING, "gating:value");
                v.setTextContent(num(c));
                dv.appendChild(v);
            }
            e.appendChild(dv);
        }
        for (QuadrantGate.Quadrant qu : q.quadrants()) {
            Element qe = el(GatingMl.GATING, "gating:Quadrant");
            qe.setAttributeNS(GatingMl.GATING, "gating:id", qu.id());
            for (int i = 0; i < qu.dividers().size(); i++) {
                Element p = el(GatingMl.GATING, "gating:position");
                p.setAttributeNS(GatingMl.GATING, "gating:divider_ref", qu.dividers().get(i).id());
                p.setAttributeNS(GatingMl.GATING, "gating:location", num(qu.locations()[i]));
                qe.appendChild(p);
            }
            e.appendChild(qe);
        }
        return e;
    }

    private Element gateElement(String qname, Gate g) {
        Element e = el(GatingMl.GATING, qname);
        e.setAttributeNS(GatingMl.GATING, "gating:id", g.id());
        if (g.parentId() != null) e.setAttributeNS(GatingMl.GATING, "gating:parent_id", g.parentId());
        return e;
    }

    private Element dimension(Dimension d) {
        return dimensionLike("gating:dimension", d);
    }

    private Element dimensionLike(String qname, Dimension d) {
        Element e = el(GatingMl.GATING, qname);
        e.setAttributeNS(GatingMl.GATING, "gating:compensation-ref", d.compensationRef());
        if (d.transformationRef() != null) e.setAttributeNS(GatingMl.GATING, "gating:transformation-ref", d.transformationRef());
        if (d.parameter() != null) {
            e.appendChild(fcsDimension(d.parameter()));
        } else {
            Element n = el(GatingMl.DATATYPES, "data-type:new-dimension");
            n.setAttributeNS(GatingMl.DATATYPES, "data-type:transformation-ref", d.ratioRef());
            e.appendChild(n);
        }
        return e;
    }

    private Element fcsDimension(String name) {
        Element e = el(GatingMl.DATATYPES, "data-type:fcs-dimension");
        e.setAttributeNS(GatingMl.DATATYPES, "data-type:name", name);
        return e;
    }

    private Element coordinates(String qname, double[] values) {
        Element e = el(GatingMl.GATING, qname);
        for (double v : values) e.appendChild(valued(GatingMl.GATING, "gating:coordinate", v));
        return e;
    }

    private Element valued(String ns, String qname, double v) {
        Element e = el(ns, qname);
        e.setAttributeNS(GatingMl.DATATYPES, "data-type:value", num(v));
        return e;
    }

    private Element fn(String local, Object... nameValue) {
        Element f = el(GatingMl.TRANSFORMS, "transforms:" + local);
        for (int i = 0; i < nameValue.length; i += 2) {
            f.setAttributeNS(GatingMl.TRANSFORMS, "transforms:" + nameValue[i], num((Double) nameValue[i + 1]));
        }
        return f;
    }

    private Element el(String ns, String qname) { return doc.createElementNS(ns, qname); }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private String serialize() {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("Gating-ML could not be serialised", e);
        }
    }
}

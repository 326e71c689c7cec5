package org.cytobench.flow.flowjo;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.EllipsoidGate;
import org.cytobench.flow.gatingml.GatingMl;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.w3c.dom.Element;

/**
 * FlowJo's ellipse gate as a Gating-ML ellipsoid. FlowJo writes an ellipse as its two foci and four edge points (the
 * ends of the major axis, then of the minor axis), in the display space of the two axes (channels 0…256), not as a
 * mean and covariance. The ellipse is the set of points whose distances to the two foci sum to at most the major axis
 * length 2a (the distance between the first two edge points), i.e. centre = the foci's midpoint, semi-axes a and
 * b = √(a² − c²) (c = half the focal distance), major axis along the foci. As a Gating-ML ellipsoid that is
 * covariance R·diag(a², b²)·Rᵀ with distanceSquare 1. FlowJo's {@code gating:distance} attribute is not needed (and is
 * not 2a in FlowJo 10.6's files).
 */
final class FlowJoEllipse {
    private FlowJoEllipse() {}

    /** The ellipsoid on {@code dims} (already mapped to FlowJo's display transforms). */
    static EllipsoidGate read(String file, Element geo, String id, String parentId, List<Dimension> dims) throws FlowFileException {
        List<double[]> foci = vertices(file, geo, "foci", id);
        List<double[]> edge = vertices(file, geo, "edge", id);
        if (dims.size() != 2 || foci.size() != 2 || edge.size() != 4) {
            throw new FlowFileException(file, "ellipse " + id + " needs 2 dimensions, 2 foci and 4 edge points (found "
                    + dims.size() + ", " + foci.size() + ", " + edge.size() + ")");
        }
        double[] f1 = foci.get(0);
        double[] f2 = foci.get(1);
        double[] centre = {(f1[0] + f2[0]) / 2, (f1[1] + f2[1]) / 2};
        double a = Math.hypot(edge.get(0)[0] - edge.get(1)[0], edge.get(0)[1] - edge.get(1)[1]) / 2;
        double c = Math.hypot(f1[0] - f2[0], f1[1] - f2[1]) / 2;
        if (!(a > c)) throw new FlowFileException(file, "ellipse " + id + ": the major axis (" + 2 * a + ") is not longer than the focal distance (" + 2 * c + ")");
        double b2 = a * a - c * c;
        // the major axis along the foci (any direction when they coincide: a circle)
        double angle = c > 0 ? Math.atan2(f2[1] - f1[1], f2[0] - f1[0])
                : Math.atan2(edge.get(1)[1] - edge.get(0)[1], edge.get(1)[0] - edge.get(0)[0]);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a2 = a * a;
        double[][] cov = {
                {a2 * cos * cos + b2 * sin * sin, (a2 - b2) * sin * cos},
                {(a2 - b2) * sin * cos, a2 * sin * sin + b2 * cos * cos}};
        return new EllipsoidGate(id, parentId, dims, centre, cov, 1);
    }

    private static List<double[]> vertices(String file, Element geo, String what, String id) throws FlowFileException {
        List<double[]> out = new ArrayList<>();
        for (Element holder : GatingMlReader.children(geo, what)) {
            for (Element v : GatingMlReader.children(holder, "vertex")) {
                List<Element> cs = GatingMlReader.children(v, "coordinate");
                double[] p = new double[cs.size()];
                for (int i = 0; i < p.length; i++) {
                    String s = GatingMlReader.attr(cs.get(i), GatingMl.DATATYPES, "value");
                    try {
                        p[i] = Double.parseDouble(s == null ? "" : s.trim());
                    } catch (NumberFormatException e) {
                        throw new FlowFileException(file, "ellipse " + id + ": a " + what + " coordinate '" + s + "' is not a number");
                    }
                }
                if (p.length != 2) throw new FlowFileException(file, "ellipse " + id + ": a " + what + " point needs 2 coordinates");
                out.add(p);
            }
        }
        return out;
    }
}

package org.cytobench.flow.gating;

import java.util.ArrayList;
import java.util.List;

/**
 * Gating-ML QuadrantGate: dividers cut dimensions at one or more values, and each named quadrant picks, per divider it
 * mentions, the interval holding its {@code location} ({@code cut[k] <= x < cut[k+1]}). Each quadrant is a population of
 * its own, i.e. a {@link Gate}; the group keeps the quadrants together for writing Gating-ML back.
 *
 * @param id        the QuadrantGate's id (not a population)
 * @param parentId  the parent population of every quadrant, or null
 * @param dividers  the dividers, by id
 * @param quadrants the populations
 */
public record QuadrantGate(String id, String parentId, List<Divider> dividers, List<Quadrant> quadrants) {

    public QuadrantGate {
        dividers = List.copyOf(dividers);
        quadrants = List.copyOf(quadrants);
    }

    /** One divider: a dimension and its increasing cut values. */
    public record Divider(String id, Dimension dimension, double[] cuts) {
        public Divider {
            if (cuts.length == 0) throw new IllegalArgumentException("divider " + id + " has no value");
            cuts = cuts.clone();
            java.util.Arrays.sort(cuts);
        }

        /** The interval {lo, hi} (possibly infinite) of the cuts that holds {@code location}. */
        double[] interval(double location) {
            double lo = Double.NEGATIVE_INFINITY;
            for (double c : cuts) {
                if (location < c) return new double[] {lo, c};
                lo = c;
            }
            return new double[] {lo, Double.POSITIVE_INFINITY};
        }
    }

    /**
     * One quadrant population.
     *
     * @param groupId    the id of the QuadrantGate it belongs to
     * @param dividers   the dividers it is positioned on
     * @param locations  the location on each of those dividers
     */
    public record Quadrant(String id, String parentId, String groupId, List<Divider> dividers, double[] locations) implements Gate {
        public Quadrant {
            dividers = List.copyOf(dividers);
            if (locations.length != dividers.size()) throw new IllegalArgumentException("quadrant " + id + " needs one location per divider");
            locations = locations.clone();
        }

        @Override
        public List<Dimension> dimensions() {
            List<Dimension> d = new ArrayList<>();
            for (Divider v : dividers) d.add(v.dimension());
            return d;
        }

        @Override
        public Gate withParent(String p) { return new Quadrant(id, p, groupId, dividers, locations); }

        @Override
        public Gate mapDimensions(java.util.function.UnaryOperator<Dimension> f) {
            List<Divider> d = dividers.stream().map(v -> new Divider(v.id(), f.apply(v.dimension()), v.cuts())).toList();
            return new Quadrant(id, parentId, groupId, d, locations);
        }

        /** Per divider {lo, hi}: the quadrant as a rectangle with the same boundary rule. */
        double[][] bounds() {
            double[][] b = new double[dividers.size()][];
            for (int i = 0; i < b.length; i++) b[i] = dividers.get(i).interval(locations[i]);
            return b;
        }
    }
}

package org.cytobench.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Brings the JSON tree of an older file up to the current format, one version at a time: the step registered under
 * {@code n} turns a version-{@code n} tree into a version-{@code n+1} tree (and sets {@code formatVersion} to n+1).
 * Migrations work on the tree, not on the records, so that the records only ever describe the current version.
 *
 * <p>Format 1 is the first version, so {@link #STANDARD} has no steps yet. When format 2 is introduced, register the
 * step from 1 here, keep the v1 fixture in the tests, and add a v2 fixture.
 */
final class ProjectMigrations {

    /** The migrations of this build. */
    static final ProjectMigrations STANDARD = new ProjectMigrations(ProjectFormat.CURRENT_VERSION, Map.of());

    private final int currentVersion;
    private final Map<Integer, UnaryOperator<ObjectNode>> steps;

    ProjectMigrations(int currentVersion, Map<Integer, UnaryOperator<ObjectNode>> steps) {
        this.currentVersion = currentVersion;
        this.steps = new TreeMap<>(steps);
    }

    int currentVersion() { return currentVersion; }

    /**
     * Migrates a tree of version {@code from} (1 ≤ from ≤ current) to the current version. The caller has already refused
     * newer versions. Throws {@link IllegalStateException} when a step is missing — a programming error, not a bad file.
     */
    ObjectNode migrate(ObjectNode tree, int from) {
        ObjectNode t = tree;
        for (int v = from; v < currentVersion; v++) {
            UnaryOperator<ObjectNode> step = steps.get(v);
            if (step == null) throw new IllegalStateException("no migration from format " + v + " to " + (v + 1));
            t = step.apply(t);
            t.put("formatVersion", v + 1);
        }
        return t;
    }
}

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
 * <p>Format 2 only added optional fields (multiplex plate groups, per-plate curve overrides, flow assays; see
 * docs/decisions/0006-shared-model-v2.md), whose absence means what a v1 file meant, so the step from 1 only renumbers.
 * The version was raised anyway so that an older Cytobench refuses a v2 file instead of opening it and silently dropping
 * its flow assays on the next save.
 */
final class ProjectMigrations {

    /** The migrations of this build. */
    static final ProjectMigrations STANDARD = new ProjectMigrations(ProjectFormat.CURRENT_VERSION,
            Map.of(1, UnaryOperator.identity()));

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

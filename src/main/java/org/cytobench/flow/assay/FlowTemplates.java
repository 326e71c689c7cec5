package org.cytobench.flow.assay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.flowjo.FlowJoWorkspace;
import org.cytobench.flow.flowjo.WorkspaceSample;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.flow.gatingml.GatingMlWriter;
import org.cytobench.plate.FlowAssay;

/**
 * Gating templates taken from a file the user picks: a Gating-ML 2.0 document (kept as written) or a FlowJo 10 workspace
 * (the gates of its first sample that has any, taken off FlowJo's display axes by {@code FlowJoGatingMl} and written as
 * Gating-ML). The populations reported are the template's leaf
 * gates, as "% LEAF of PARENT" of the parent population.
 */
public final class FlowTemplates {
    private FlowTemplates() {}

    public static FlowTemplate fromFile(String name, byte[] bytes) throws FlowFileException {
        boolean workspace = name.toLowerCase(java.util.Locale.ROOT).endsWith(".wsp")
                || FlowJoWorkspace.recognizes(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 2000)));
        if (!workspace) {
            GatingStrategy s = GatingMlReader.read(name, bytes);
            if (s.gates().isEmpty()) throw new FlowFileException(name, "has no gates");
            return new FlowTemplate(new String(bytes, StandardCharsets.UTF_8), leafReadouts(s), "Gates of " + name + " (Gating-ML).");
        }
        FlowJoWorkspace w = FlowJoWorkspace.read(name, bytes);
        WorkspaceSample sample = w.samples().stream().filter(s -> !s.gates().gates().isEmpty()).findFirst()
                .orElseThrow(() -> new FlowFileException(name, "has no sample with gates"));
        try {
            GatingStrategy portable = org.cytobench.flow.flowjo.FlowJoGatingMl.withoutDisplayAxes(sample.gates());
            return new FlowTemplate(GatingMlWriter.write(portable), leafReadouts(portable),
                    "Gates of " + sample.fileName() + " in the FlowJo workspace " + name + ".");
        } catch (IllegalArgumentException e) {
            // a flow assay keeps its gates as Gating-ML; FlowJo's display axes have no Gating-ML form (docs/flow.md)
            throw new FlowFileException(name, "its gates cannot be kept in the experiment: " + e.getMessage());
        }
    }

    static List<FlowAssay.FlowReadout> leafReadouts(GatingStrategy s) {
        List<FlowAssay.FlowReadout> out = new ArrayList<>();
        for (Gate g : s.treeOrder()) {
            boolean leaf = s.gates().stream().noneMatch(c -> g.id().equals(c.parentId()));
            if (!leaf) continue;
            String label = "% " + g.id() + (g.parentId() == null ? " of all events" : " of " + g.parentId());
            out.add(new FlowAssay.FlowReadout(g.id(), label, null));
        }
        return out;
    }
}

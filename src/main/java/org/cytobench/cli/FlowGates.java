package org.cytobench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.flowjo.FlowJoWorkspace;
import org.cytobench.flow.flowjo.WorkspaceSample;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;

/**
 * The gates a command was given: a Gating-ML 2.0 document (the same gates for every file) or a FlowJo workspace (each
 * FCS file gets the gates of the workspace sample with its file name, else those of the first sample, with a warning).
 */
final class FlowGates {
    private final GatingStrategy gatingMl;
    private final FlowJoWorkspace workspace;

    private FlowGates(GatingStrategy gatingMl, FlowJoWorkspace workspace) {
        this.gatingMl = gatingMl;
        this.workspace = workspace;
    }

    static FlowGates read(Path path) throws FlowFileException {
        byte[] head;
        try {
            head = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FlowFileException(path.getFileName().toString(), "no such file");
        } catch (IOException e) {
            throw new FlowFileException(path.getFileName().toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
        String name = path.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".wsp") || FlowJoWorkspace.recognizes(java.util.Arrays.copyOf(head, Math.min(head.length, 2000)))) {
            return new FlowGates(null, FlowJoWorkspace.read(name, head));
        }
        return new FlowGates(GatingMlReader.read(name, head), null);
    }

    /** The gates for an FCS file, and any warning about how they were chosen. */
    GatingStrategy strategyFor(String fcsName, List<String> warnings) {
        if (gatingMl != null) return gatingMl;
        WorkspaceSample s = sampleFor(fcsName, warnings);
        return s.gates();
    }

    /** The workspace sample for an FCS file (null for Gating-ML gates). */
    WorkspaceSample sampleFor(String fcsName, List<String> warnings) {
        if (workspace == null) return null;
        return workspace.sample(fcsName).orElseGet(() -> {
            WorkspaceSample first = workspace.samples().get(0);
            warnings.add("the workspace has no sample " + fcsName + "; the gates of " + first.fileName() + " were applied");
            return first;
        });
    }

    static List<String> newWarnings() { return new ArrayList<>(); }
}

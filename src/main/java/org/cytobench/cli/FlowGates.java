package org.cytobench.cli;

import java.nio.file.Path;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;

/** Reads the gates a command was given: a Gating-ML 2.0 document. */
final class FlowGates {
    private FlowGates() {}

    static GatingStrategy read(Path path) throws FlowFileException {
        return GatingMlReader.read(path);
    }
}

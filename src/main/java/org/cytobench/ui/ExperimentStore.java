package org.cytobench.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.cytobench.plate.Experiment;

/** Reads and writes experiment files for the workbench; the implementation delegates to the core's file format. */
public interface ExperimentStore {
    Experiment load(Path file) throws IOException;

    void save(Experiment experiment, Path file) throws IOException;
}

package org.cytobench.testsupport;

import java.io.IOException;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.multiplex.MultiplexImport;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.project.Project;

/**
 * The 30-plex xPONENT plate of ../shared (serolyzer_pone.0187901.s001.csv) as the workbench's import makes it: one run per
 * analyte in plate group "plate_1", the export embedded. Skips the test when ../shared is absent.
 */
public final class ThirtyPlex {
    private ThirtyPlex() {}

    public static final String FILE = "luminex-xponent/serolyzer_pone.0187901.s001.csv";

    public static Project project() throws IOException, ImportException {
        SourceFile f = MultiplexExportsDir.file(FILE);
        MultiplexPlate plate = MultiplexImporters.importFile(f, null).plates().get(0);
        Experiment e = MultiplexImport.addTo(Experiment.of("30-plex", CulturePlate.empty("culture", PlateFormat.WELLS_96)),
                MultiplexImport.toAssayRuns(plate, f.name(), null, BeadCountRule.DEFAULT));
        return Project.of(e).withSource(f);
    }
}

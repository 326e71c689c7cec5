package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The report's first page names the flow assays beside the assay plates. */
class AnalysisReportSummaryTest {

    @Test
    void theSummaryNamesTheFlowAssayItsFilesAndReadouts() throws Exception {
        var e = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment();
        assertEquals(" Flow cytometry: T-cell activation (54 FCS files; % CD69+ of CD4+, % CD25+ of CD4+, % CD69+ of CD8+,"
                + " % CD25+ of CD8+).", AnalysisReport.flowSummary(e));
        assertEquals("", AnalysisReport.flowSummary(e.withFlowAssays(java.util.List.of())));
    }
}

package org.cytobench.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.FigureSize;
import org.junit.jupiter.api.Test;

class ChartExportViewModelTest {

    @Test
    void givesTheFileTheChosenFormatsExtension() {
        ChartExportViewModel vm = new ChartExportViewModel(FigureSize.SINGLE_COLUMN);
        vm.formatProperty().set(ExportFormat.SVG);
        assertEquals(Path.of("/tmp/curve.svg"), vm.withExtension(Path.of("/tmp/curve")));
        assertEquals(Path.of("/tmp/curve.svg"), vm.withExtension(Path.of("/tmp/curve.png")));
        assertEquals(Path.of("/tmp/curve.svg"), vm.withExtension(Path.of("/tmp/curve.SVG")).resolveSibling("curve.svg"));
    }

    @Test
    void readsTheSizeInMillimetresAndExplainsBadInput() {
        ChartExportViewModel vm = new ChartExportViewModel(FigureSize.DOUBLE_COLUMN);
        assertEquals("180", vm.widthMmProperty().get());
        vm.widthMmProperty().set("85,5");
        assertEquals(new FigureSize(85.5, 110), vm.size().orElseThrow());
        vm.heightMmProperty().set("tall");
        assertTrue(vm.size().isEmpty());
        assertEquals("Width and height must be numbers of millimetres.", vm.errorProperty().get());
    }
}

package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.WellResult;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.FigureSize;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.export.ChartExportViewModel;
import org.cytobench.ui.results.ResultsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample experiment end to end: its standard curve, masking a standard (with a reason) re-fits and changes the
 * group means, undo restores every number, and the chart exports to a real PNG.
 */
@ExtendWith(ApplicationExtension.class)
class CurveWorkflowTest {

    @TempDir Path dir;
    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent.txt"), errors);
    }

    private ExperimentAnalysis settledAnalysis() throws Exception {
        // read the state on the FX thread: polled from the test thread it could be seen between two updates
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()
                && !view.model().work().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return view.model().analysis().analysis();
    }

    private static double groupMean(ResultsViewModel r, String analyte, String group) {
        return r.groups().stream().filter(g -> g.analyte().equals(analyte) && g.group().equals(group)).findFirst().orElseThrow().mean();
    }

    @Test
    void maskingAStandardRefitsAndUndoRestoresEveryNumber(FxRobot robot) throws Exception {
        Path sample = MainViewModel.sampleExperiment().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> view.model().open(sample)).get(10, TimeUnit.SECONDS);
        ExperimentAnalysis before = settledAnalysis();
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(3, before.plates().size());
        robot.clickOn(WorkbenchTest.navCell(robot, "IL-6"));
        robot.clickOn("Standard curve");
        WaitForAsyncUtils.waitForFxEvents();
        PlateAnalysis il6 = view.curveModel().plate();
        assertNotNull(il6);
        assertTrue(il6.passed(), il6.verdict().summary());
        assertEquals("QC PASS", robot.lookup("#curve-verdict").queryLabeled().getText());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(il6.standards().size() + 1, copied.lines().count(), copied);
        assertTrue(copied.startsWith("Nominal\tMean OD\tCV %\tBack-calculated"), copied);
        // a stimulated group: the unstimulated ones lie below the LLOQ, where a refit does not move the substituted value
        String group = view.resultsModel().groups().stream().filter(g -> g.analyte().equals("IL-6") && g.group().startsWith("LPS"))
                .findFirst().orElseThrow().group();
        double meanBefore = groupMean(view.resultsModel(), "IL-6", group);

        // mask the top standard's first replicate through the well list and the reason dialog
        WellPosition top = il6.standards().get(il6.standards().size() - 1).wells().get(0);
        ListView<WellResult> wells = robot.lookup("#curve-wells").queryListView();
        robot.interact(() -> wells.getSelectionModel().select(wells.getItems().stream().filter(w -> w.well().equals(top)).findFirst().orElseThrow()));
        robot.clickOn("Standard wells (mask)");
        robot.clickOn("#curve-mask");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#mask-dialog").queryAs(DialogPane.class);
        TextField reason = robot.from(dialog).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> reason.setText("pipetting error"));
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        ExperimentAnalysis masked = settledAnalysis();
        PlateAnalysis il6Masked = masked.plates().get(il6.index());
        assertEquals("pipetting error", il6Masked.well(top).orElseThrow().maskReason());
        assertNotEquals(il6.fit().parameters(), il6Masked.fit().parameters());
        assertEquals(il6.fit().n() - 1, il6Masked.fit().n());
        double meanMasked = groupMean(view.resultsModel(), "IL-6", group);
        assertNotEquals(meanBefore, meanMasked);

        robot.interact(() -> view.model().document().undo());
        ExperimentAnalysis undone = settledAnalysis();
        assertEquals(il6.fit().parameters(), undone.plates().get(il6.index()).fit().parameters());
        assertEquals(meanBefore, groupMean(view.resultsModel(), "IL-6", group));
        assertFalse(view.model().document().isDirty());

        // click a standard on the chart: the reason dialog comes up, OK masks exactly that well
        org.cytobench.ui.curve.StandardCurveView curveView = robot.lookup("#curve-view").queryAs(org.cytobench.ui.curve.StandardCurveView.class);
        var canvas = curveView.chartViewer().getCanvas();
        org.jfree.chart.entity.XYItemEntity point = new java.util.ArrayList<Object>(canvas.getRenderingInfo().getEntityCollection().getEntities()).stream()
                .filter(e -> e instanceof org.jfree.chart.entity.XYItemEntity x
                        && String.valueOf(x.getDataset().getSeriesKey(x.getSeriesIndex())).equals("standards"))
                .map(e -> (org.jfree.chart.entity.XYItemEntity) e).findFirst().orElseThrow();
        java.awt.geom.Rectangle2D r = point.getArea().getBounds2D();
        javafx.geometry.Point2D onScreen = canvas.localToScreen(r.getCenterX(), r.getCenterY());
        robot.clickOn(onScreen.getX(), onScreen.getY());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane chartMask = robot.lookup("#mask-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) chartMask.lookupButton(ButtonType.OK));
        ExperimentAnalysis clicked = settledAnalysis();
        PlateAnalysis il6Clicked = clicked.plates().get(il6.index());
        assertEquals(1, il6Clicked.masked().size(), il6Clicked.masked().toString());
        assertEquals("outlier", il6Clicked.masked().get(0).reason());
        robot.interact(() -> view.model().document().undo());
        settledAnalysis();

        // two masks in quick succession: the analysis shown in the end is the one of the latest snapshot
        WellPosition low1 = il6.standards().get(0).wells().get(0);
        WellPosition low2 = il6.standards().get(0).wells().get(1);
        assertEquals(java.util.Optional.of(low1), view.curveModel().standardAt(il6.standards().get(0).nominal(),
                il6.well(low1).orElseThrow().value()), "a chart point maps back to its well");
        robot.interact(() -> {
            view.curveModel().mask(low1, "edge effect");
            view.curveModel().mask(low2, "edge effect");
        });
        ExperimentAnalysis twice = settledAnalysis();
        assertEquals(il6.fit().n() - 2, twice.plates().get(il6.index()).fit().n());
        assertEquals(twice, view.model().analysis().analysis());
        robot.interact(() -> {
            view.model().document().undo();
            view.model().document().undo();
        });
        assertEquals(il6.fit().parameters(), settledAnalysis().plates().get(il6.index()).fit().parameters());

        // export the chart shown
        ChartExportViewModel export = new ChartExportViewModel(FigureSize.SINGLE_COLUMN);
        export.formatProperty().set(ExportFormat.PNG);
        export.dpiProperty().set(150);
        Path png = dir.resolve("curve");
        javafx.concurrent.Task<Path> task = WaitForAsyncUtils.asyncFx(() -> {
            var t = export.task(robot.lookup("#curve-view").queryAs(org.cytobench.ui.curve.StandardCurveView.class).chartViewer().getChart(), png);
            view.model().work().run(t, "export failed", p -> { });
            return t;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        Path written = dir.resolve("curve.png");
        assertEquals(written, task.get());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(written), 8);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(written.toFile());
        assertEquals(FigureSize.SINGLE_COLUMN.widthPixels(150), img.getWidth());

        // the full report, through the same background runner the menu uses
        Path out = Files.createDirectories(dir.resolve("report"));
        javafx.concurrent.Task<?> report = WaitForAsyncUtils.asyncFx(() -> {
            var t = org.cytobench.ui.export.ReportExport.task(view.model().document().project(), out);
            view.model().work().run(t, "report failed", w -> { });
            return t;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, report::isDone);
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(errors.isEmpty(), errors.toString());
    }
}

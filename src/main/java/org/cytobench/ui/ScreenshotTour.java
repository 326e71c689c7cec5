package org.cytobench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.culture.TemplateDialog;
import org.cytobench.ui.culture.TemplateViewModel;

/**
 * Opens each screen in turn and saves a PNG of the window (and of the main dialogs) for the documentation, then quits.
 * Driven by docs/screenshots.sh under Xvfb; each step waits for layout and CSS to settle before the snapshot.
 */
final class ScreenshotTour {

    private record Step(String file, Runnable prepare, java.util.function.Supplier<Scene> scene, int waitMs) {
        Step(String file, Runnable prepare, java.util.function.Supplier<Scene> scene) { this(file, prepare, scene, 1500); }
    }

    private final MainView view;
    private final Stage stage;
    private final Path dir;
    private final List<Step> steps = new ArrayList<>();

    private final boolean large;

    ScreenshotTour(MainView view, Stage stage, Path dir, String size) {
        this.view = view;
        this.stage = stage;
        this.dir = dir;
        this.large = size.startsWith("1920");
    }

    void run() {
        MainViewModel m = view.model();
        if (large) {
            steps.add(new Step("culture-plate-1920.png", () -> {
                m.newDocument(new TemplateViewModel().build().orElseThrow());
                view.cultureModel().selection().addAll(List.of(new WellPosition(3, 0), new WellPosition(3, 1), new WellPosition(3, 2)));
            }, stage::getScene));
            next(0);
            return;
        }
        TemplateDialog[] dialog = new TemplateDialog[1];
        steps.add(new Step("template-dialog.png", () -> {
            dialog[0] = new TemplateDialog(stage, new TemplateViewModel());
            dialog[0].show();
        }, () -> dialog[0].getDialogPane().getScene()));
        steps.add(new Step("culture-plate.png", () -> {
            dialog[0].close();
            m.newDocument(new TemplateViewModel().build().orElseThrow());
            m.selectedNavProperty().set(NavItem.CULTURE);
            // one stray well shows what a layout warning looks like
            view.cultureModel().selection().add(new WellPosition(6, 0));
            view.cultureModel().stimulusKindProperty().set(org.cytobench.plate.Stimulus.Kind.ANTI_CD3_CD28);
            view.cultureModel().assignToSelection();
            view.cultureModel().selection().clear();
            view.cultureModel().selection().addAll(List.of(new WellPosition(3, 0), new WellPosition(3, 1), new WellPosition(3, 2)));
        }, stage::getScene));
        org.cytobench.project.Project sample = loadSample();
        if (sample == null) {
            steps.add(new Step("assay-plate-layout.png", () -> m.selectedNavProperty().set(m.navigation().get(1)), stage::getScene));
            next(0);
            return;
        }
        steps.add(new Step("assay-plate-layout.png", () -> {
            m.document().replace(sample, null);
            m.selectedNavProperty().set(m.navigation().get(1));
        }, stage::getScene));
        org.cytobench.ui.importing.ImportDialog[] preview = new org.cytobench.ui.importing.ImportDialog[1];
        steps.add(new Step("import-preview.png", () -> {
            preview[0] = openPreview(m, stage, Path.of("sample-data", "2024-11-14_IL-6_Gen5.txt"));
        }, () -> preview[0].getDialogPane().getScene()));
        steps.add(new Step("readings-heat-map.png", () -> {
            preview[0].close();
            selectAssayTab("tab-heat-map");
        }, stage::getScene));
        org.cytobench.ui.flow.FlowImportDialog[] fcsImport = new org.cytobench.ui.flow.FlowImportDialog[1];
        steps.add(new Step("flow-import-dialog.png", () -> {
            fcsImport[0] = org.cytobench.ui.flow.FlowImportDemo.dialog(stage, m.document(), sample, m.work().executor());
            fcsImport[0].show();
        }, () -> fcsImport[0].getDialogPane().getScene()));
        steps.add(new Step("standard-curve.png", () -> selectAssayTab("tab-curve"), stage::getScene));
        steps.add(new Step("standard-curve-failed-qc.png", () -> m.selectedNavProperty().set(m.navigation().stream()
                .filter(n -> n.label().startsWith("TNF")).findFirst().orElseThrow()), stage::getScene));
        steps.add(new Step("results-wells.png", () -> m.selectedNavProperty().set(NavItem.RESULTS), stage::getScene));
        steps.add(new Step("results-groups.png", () -> ((org.cytobench.ui.results.ResultsView) view.currentView()).tabs()
                .getSelectionModel().select(1), stage::getScene));
        steps.add(new Step("dose-response.png", () -> ((org.cytobench.ui.results.ResultsView) view.currentView()).tabs()
                .getSelectionModel().select(2), stage::getScene));
        steps.add(new Step("dose-response-all.png", () -> ((org.cytobench.ui.results.ResultsView) view.currentView()).doseFigure()
                .model().analyteProperty().set(org.cytobench.ui.results.DoseFigureViewModel.ALL), stage::getScene));
        steps.add(new Step("dose-response-box-log.png", () -> {
            var fig = ((org.cytobench.ui.results.ResultsView) view.currentView()).doseFigure().model();
            fig.analyteProperty().set("IL-6");
            fig.edit("box plot, log y", s -> s.withStyle(org.cytobench.chart.dose.DoseFigureSettings.Style.BOX).withLogY(true));
        }, stage::getScene));
        steps.add(new Step("analysis-settings.png", () -> {
            var fig = ((org.cytobench.ui.results.ResultsView) view.currentView()).doseFigure().model();
            fig.edit("bars", s -> s.withStyle(org.cytobench.chart.dose.DoseFigureSettings.Style.BARS).withLogY(false));
            ((org.cytobench.ui.results.ResultsView) view.currentView()).tabs().getSelectionModel().select(3);
        }, stage::getScene));
        flowSteps(m, sample);
        javafx.scene.control.Alert[] error = new javafx.scene.control.Alert[1];
        steps.add(new Step("error-dialog.png", () -> {
            error[0] = ErrorDialog.create(stage, "Could not import 2026-11-30_plate-reader-export_IL-6_TNF-alpha_final_v2.csv.",
                    new org.cytobench.io.ImportException("2026-11-30_plate-reader-export_IL-6_TNF-alpha_final_v2.csv", null,
                            "not a format Cytobench reads: no plate-shaped grid of numbers, and no instrument header it knows "
                            + "(choose the format in the import preview, or save the plate as an 8 × 12 grid)"));
            error[0].show();
        }, () -> error[0].getDialogPane().getScene()));
        new MultiplexTour(view, stage, () -> error[0].close()).addTo(steps);
        next(0);
    }

    /** The import preview of {@code file} into the open document, shown. */
    private static org.cytobench.ui.importing.ImportDialog openPreview(MainViewModel m, Stage stage, Path file) {
        try {
            org.cytobench.io.SourceFile f = org.cytobench.io.SourceFile.read(file);
            var vm = new org.cytobench.ui.importing.ImportViewModel(m.document(), f,
                    org.cytobench.ui.importing.ImportViewModel.read(f, org.cytobench.ui.importing.ImportViewModel.AUTO), 0);
            var dialog = new org.cytobench.ui.importing.ImportDialog(stage, vm, m.work().executor());
            dialog.show();
            return dialog;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The multiplex screens, on the 30-plex xPONENT file of ../shared (skipped when it is absent). */
    private record MultiplexTour(MainView view, Stage stage, Runnable before) {
        static final Path FILE = Path.of("..", "shared", "multiplex-exports", "luminex-xponent", "serolyzer_pone.0187901.s001.csv");

        void addTo(List<Step> steps) {
            if (!Files.isRegularFile(FILE)) return;
            MainViewModel m = view.model();
            org.cytobench.ui.importing.ImportDialog[] preview = new org.cytobench.ui.importing.ImportDialog[1];
            steps.add(new Step("multiplex-import-preview.png", () -> {
                before.run();
                m.newDocument(new TemplateViewModel().build().orElseThrow());
                // a minimum above the file's lowest counts, so that the preview shows what it marks
                m.document().applyProject("bead-count minimum 230", p -> p.withAnalysisSettings(
                        p.analysisSettings().withBeadCount(new org.cytobench.analysis.BeadCountRule(230, false))));
                preview[0] = openPreview(m, stage, FILE);
            }, () -> {
                var pane = preview[0].multiplexPreview();
                pane.analyteList().getSelectionModel().select("IL10");
                pane.show(org.cytobench.ui.importing.MultiplexPreviewPane.BEADS_VIEW);
                return preview[0].getDialogPane().getScene();
            }, 3000));
            steps.add(new Step("multiplex-navigator.png", () -> {
                preview[0].model().confirm();
                preview[0].close();
                m.document().applyProject("bead-count minimum 50", p -> p.withAnalysisSettings(
                        p.analysisSettings().withBeadCount(org.cytobench.analysis.BeadCountRule.DEFAULT)));
                view.navigator().search().setText("il1");
                m.selectedNavProperty().set(m.navigation().stream().filter(n -> n.label().startsWith("IL10")).findFirst().orElseThrow());
                select("tab-curve");
            }, stage::getScene, 5000));
            steps.add(new Step("multiplex-concordance.png", () -> {
                view.navigator().search().setText("");
                select("tab-concordance");
            }, stage::getScene, 5000));
            steps.add(new Step("multiplex-readings-beads.png", () -> {
                select("tab-heat-map");
                ((org.cytobench.ui.assay.AssayPlateView) view.currentView()).readings().showChoice("Bead count");
            }, stage::getScene));
            steps.add(new Step("multiplex-overview-curves.png", () -> {
                m.selectedNavProperty().set(NavItem.RESULTS);
                var tabs = ((org.cytobench.ui.results.ResultsView) view.currentView()).tabs();
                tabs.getTabs().stream().filter(t -> "tab-overview".equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            }, stage::getScene, 3000));
            steps.add(new Step("multiplex-overview-fold-changes.png", () -> {
                var tabs = ((org.cytobench.ui.results.ResultsView) view.currentView()).tabs();
                var overview = (org.cytobench.ui.multiplex.OverviewView) tabs.getSelectionModel().getSelectedItem().getContent();
                overview.tabs().getSelectionModel().select(1);
            }, stage::getScene));
        }

        private void select(String id) {
            if (!(view.currentView() instanceof org.cytobench.ui.assay.AssayPlateView a)) return;
            a.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> a.tabs().getSelectionModel().select(t));
        }
    }

    /** The flow view on the control's CD3+ cells, and the overview grid of CD4+ cells (CD69 against CD25) in every sample. */
    private void flowSteps(MainViewModel m, org.cytobench.project.Project sample) {
        org.cytobench.project.Project flow = flowProject(sample);
        if (flow == null) return;
        steps.add(new Step("flow-view.png", () -> {
            m.document().replace(flow, null);
            m.selectedNavProperty().set(m.navigation().stream().filter(n -> n.kind() == NavItem.Kind.FLOW).findFirst().orElseThrow());
            view.flowModel().populationProperty().set(shownPopulation(2));
        }, stage::getScene, 4000));
        steps.add(new Step("flow-overview.png", () -> {
            view.flowModel().populationProperty().set(shownPopulation(1));
            ((org.cytobench.ui.flow.FlowView) view.currentView()).tabs().getSelectionModel().select(1);
        }, stage::getScene, 4000));
    }

    /** The ancestor {@code up} levels above the first reported population (CD3+ for 2, CD4+ for 1 in the T-cell template). */
    private String shownPopulation(int up) {
        var m = view.flowModel();
        var s = m.strategy();
        String id = m.readouts().isEmpty() ? null : m.readouts().get(0).populationId();
        if (id == null || !s.has(id)) return null;
        for (int i = 0; i < up && id != null; i++) id = s.gate(id).parentId();
        return id;
    }

    /**
     * The sample experiment when it has a flow assay; otherwise (until the bundled sample gets one) the committed simulated
     * flow set of the sample culture plate, src/test/resources/flow/simulated, when the tour runs in a checkout.
     */
    private static org.cytobench.project.Project flowProject(org.cytobench.project.Project sample) {
        if (sample != null && !sample.experiment().flowAssays().isEmpty()) return sample;
        Path dir = Path.of("src", "test", "resources", "flow", "simulated");
        if (!Files.isDirectory(dir)) return null;
        try (var files = Files.list(dir)) {
            List<Path> fcs = files.filter(p -> p.toString().endsWith(".fcs")).sorted().toList();
            List<org.cytobench.plate.FlowAssay.FlowReadout> readouts = new ArrayList<>();
            for (String[] r : new String[][] {{"CD4_CD69pos", "% CD69+ of CD4+"}, {"CD4_CD25pos", "% CD25+ of CD4+"},
                    {"CD8_CD69pos", "% CD69+ of CD8+"}, {"CD8_CD25pos", "% CD25+ of CD8+"}}) {
                readouts.add(new org.cytobench.plate.FlowAssay.FlowReadout(r[0], r[1], null));
            }
            org.cytobench.project.Project base = org.cytobench.project.Project.of(org.cytobench.plate.Experiment.of(
                    "Thymalfasin T-cell activation", org.cytobench.plate.CulturePlates.pbmcStimulation()));
            return org.cytobench.flow.assay.FlowAssayFiles.withFlowAssay(base, "T-cell activation", fcs,
                    Files.readString(dir.resolve("tcell-gates.xml")), readouts);
        } catch (IOException e) {
            return null;
        }
    }

    private void selectAssayTab(String id) {
        var tabs = ((org.cytobench.ui.assay.AssayPlateView) view.currentView()).tabs();
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static org.cytobench.project.Project loadSample() {
        try {
            return MainViewModel.sampleExperiment().isEmpty() ? null
                    : new org.cytobench.project.ProjectFiles().open(MainViewModel.sampleExperiment().get());
        } catch (IOException e) {
            return null;
        }
    }

    private void next(int i) {
        if (i >= steps.size()) {
            Platform.exit();
            return;
        }
        Step s = steps.get(i);
        s.prepare().run();
        PauseTransition wait = new PauseTransition(Duration.millis(s.waitMs()));
        wait.setOnFinished(e -> {
            save(s.scene().get(), s.file());
            next(i + 1);
        });
        wait.play();
    }

    private void save(Scene scene, String file) {
        try {
            Files.createDirectories(dir);
            WritableImage img = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(file).toFile());
            System.out.println("saved " + dir.resolve(file));
        } catch (IOException e) {
            System.err.println("could not save " + file + ": " + e.getMessage());
        }
    }
}

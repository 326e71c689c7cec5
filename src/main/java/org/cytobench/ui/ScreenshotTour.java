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

    private record Step(String file, Runnable prepare, java.util.function.Supplier<Scene> scene) {}

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
            try {
                Path file = Path.of("sample-data", "2024-11-14_IL-6_Gen5.txt");
                org.cytobench.io.SourceFile f = org.cytobench.io.SourceFile.read(file);
                var vm = new org.cytobench.ui.importing.ImportViewModel(m.document(), f,
                        org.cytobench.ui.importing.ImportViewModel.read(f, org.cytobench.ui.importing.ImportViewModel.AUTO), 0);
                preview[0] = new org.cytobench.ui.importing.ImportDialog(stage, vm, m.work().executor());
                preview[0].show();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
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
        javafx.scene.control.Alert[] error = new javafx.scene.control.Alert[1];
        steps.add(new Step("error-dialog.png", () -> {
            error[0] = ErrorDialog.create(stage, "Could not import 2026-11-30_plate-reader-export_IL-6_TNF-alpha_final_v2.csv.",
                    new org.cytobench.io.ImportException("2026-11-30_plate-reader-export_IL-6_TNF-alpha_final_v2.csv", null,
                            "not a format Cytobench reads: no plate-shaped grid of numbers, and no instrument header it knows "
                            + "(choose the format in the import preview, or save the plate as an 8 × 12 grid)"));
            error[0].show();
        }, () -> error[0].getDialogPane().getScene()));
        next(0);
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
        PauseTransition wait = new PauseTransition(Duration.millis(1500));
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

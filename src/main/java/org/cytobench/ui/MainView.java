package org.cytobench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.concurrent.Task;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Experiment;
import org.cytobench.ui.importing.ImportDialog;
import org.cytobench.ui.importing.ImportViewModel;
import org.cytobench.ui.assay.AssayPlateView;
import org.cytobench.ui.assay.AssayPlateViewModel;
import org.cytobench.ui.culture.CulturePlateView;
import org.cytobench.ui.culture.CulturePlateViewModel;
import org.cytobench.ui.culture.TemplateDialog;
import org.cytobench.ui.culture.TemplateViewModel;
import org.cytobench.ui.curve.StandardCurveView;
import org.cytobench.ui.curve.StandardCurveViewModel;
import org.cytobench.ui.results.ResultsView;
import org.cytobench.ui.results.ResultsViewModel;

/** The workbench window's content: menu bar, navigation on the left, the selected screen in the centre, status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final LayoutFiles layoutFiles;
    private final StackPane content = new StackPane();
    private org.cytobench.ui.navigator.NavigatorView navigator;
    private final Map<NavItem.Kind, Node> views = new HashMap<>();
    private final CulturePlateViewModel cultureModel;
    private final AssayPlateViewModel assayModel;
    private final StandardCurveViewModel curveModel;
    private final ResultsViewModel resultsModel;
    private final org.cytobench.ui.concordance.ConcordanceViewModel concordanceModel;
    private final org.cytobench.ui.results.AnalysisSettingsViewModel settingsModel;
    private org.cytobench.ui.concordance.ConcordanceTab concordanceTab;
    private final org.cytobench.ui.flow.FlowViewModel flowModel;
    private String lastAnalyte;
    private final Menu recentMenu = new Menu("Recent files");
    private ImportDialog lastImport;
    private final org.cytobench.ui.flow.FlowImport flowImport;

    public MainView(MainViewModel model) {
        this.model = model;
        this.layoutFiles = new LayoutFiles(model);
        this.flowImport = new org.cytobench.ui.flow.FlowImport(model);
        this.cultureModel = new CulturePlateViewModel(model.document());
        this.assayModel = new AssayPlateViewModel(model.document());
        this.curveModel = new StandardCurveViewModel(model.document(), model.analysis());
        this.resultsModel = new ResultsViewModel(model.document(), model.analysis());
        this.settingsModel = new org.cytobench.ui.results.AnalysisSettingsViewModel(model.document());
        this.concordanceModel = new org.cytobench.ui.concordance.ConcordanceViewModel(model.document(), model.analysis(),
                model.work().executor(), model.errors());
        this.flowModel = new org.cytobench.ui.flow.FlowViewModel(model.document(), model.work().executor(), javafx.application.Platform::runLater,
                model.errors());
        getStyleClass().add("main-view");
        setTop(menuBar());
        setLeft(navigation());
        content.getStyleClass().add("content");
        setCenter(content);
        setBottom(statusBar());
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            java.util.List<Path> fcs = ok ? e.getDragboard().getFiles().stream().map(File::toPath)
                    .filter(org.cytobench.ui.flow.FlowImport::isFcs).toList() : java.util.List.of();
            if (!fcs.isEmpty()) {
                flowImport.importFiles(fcs, window());
            } else if (ok) {
                Path p = e.getDragboard().getFiles().get(0).toPath();
                if (p.getFileName().toString().endsWith(".cytobench")) { if (confirmDiscard()) model.open(p); }
                else importFile(p);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        model.selectedNavProperty().addListener((o, a, b) -> show(b));
        show(model.selectedNavProperty().get());
    }

    public MainViewModel model() { return model; }
    /** The left navigation (search field and list). */
    public org.cytobench.ui.navigator.NavigatorView navigator() { return navigator; }
    public CulturePlateViewModel cultureModel() { return cultureModel; }
    public AssayPlateViewModel assayModel() { return assayModel; }
    public StandardCurveViewModel curveModel() { return curveModel; }
    public ResultsViewModel resultsModel() { return resultsModel; }
    public org.cytobench.ui.results.AnalysisSettingsViewModel settingsModel() { return settingsModel; }
    public org.cytobench.ui.concordance.ConcordanceViewModel concordanceModel() { return concordanceModel; }
    public org.cytobench.ui.flow.FlowViewModel flowModel() { return flowModel; }
    /** File → Import FCS files… (tests drive it without the file chooser). */
    public org.cytobench.ui.flow.FlowImport flowImport() { return flowImport; }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem newTemplate = item("New from template…", "Shortcut+N", this::newFromTemplate);
        newTemplate.setId("menu-new-template");
        MenuItem newBlank = item("New blank", null, () -> { if (confirmDiscard()) model.newBlank(); });
        MenuItem open = item("Open…", "Shortcut+O", this::openWithChooser);
        MenuItem sample = item("Open sample experiment", null, this::openSample);
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", this::saveAs);
        MenuItem importItem = item("Import plate-reader export…", "Shortcut+I", this::importWithChooser);
        importItem.setId("menu-import");
        MenuItem importFcs = item("Import FCS files…", null, () -> flowImport.chooseAndImport(window()));
        importFcs.setId("menu-import-fcs");
        Menu export = new Menu("Export");
        export.setId("menu-export");
        MenuItem exportCsv = item("Result tables as CSV…", null, () -> org.cytobench.ui.export.TableExport.askCsv(window(),
                java.util.List.of(resultsModel.wellsTable(), resultsModel.groupsTable()), model.work()));
        MenuItem exportXlsx = item("Result tables as Excel workbook…", null, () -> org.cytobench.ui.export.TableExport.askXlsx(window(),
                java.util.List.of(resultsModel.wellsTable(), resultsModel.groupsTable()), model.document().experiment().name(), model.work()));
        MenuItem exportReport = item("Report, tables and charts into a folder…", "Shortcut+E", () ->
                org.cytobench.ui.export.ReportExport.ask(window(), model.document().project(), model.work()));
        exportReport.setId("menu-export-report");
        export.getItems().addAll(exportReport, exportCsv, exportXlsx);
        MenuItem importLayout = item("Import layout…", null, this::importLayout);
        importLayout.setId("menu-import-layout");
        MenuItem exportLayout = item("Export layout…", null, this::exportLayout);
        exportLayout.setId("menu-export-layout");
        MenuItem quit = item("Quit", "Shortcut+Q", () -> { if (confirmDiscard()) window().hide(); });
        model.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        file.getItems().addAll(newTemplate, newBlank, new SeparatorMenuItem(), open, sample, recentMenu, new SeparatorMenuItem(),
                save, saveAs, new SeparatorMenuItem(), importItem, importFcs, export, new SeparatorMenuItem(), importLayout, exportLayout,
                new SeparatorMenuItem(), quit);

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", () -> model.document().undo());
        undo.setId("menu-undo");
        undo.textProperty().bind(model.document().undoTextProperty());
        undo.setMnemonicParsing(false); // "Import gen5_synergyH1.txt" keeps its underscores
        undo.disableProperty().bind(model.document().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", () -> model.document().redo());
        redo.setId("menu-redo");
        redo.textProperty().bind(model.document().redoTextProperty());
        redo.setMnemonicParsing(false);
        redo.disableProperty().bind(model.document().canRedoProperty().not());
        MenuItem copy = item("Copy", "Shortcut+C", this::copy);
        MenuItem details = item("Experiment details…", null, () -> ExperimentDetailsDialog.edit(window(), model.document()));
        details.setId("menu-experiment-details");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), copy, new SeparatorMenuItem(), details);
        MenuBar bar = new MenuBar(file, edit, HelpMenu.create(this::window));
        bar.setId("menu-bar");
        return bar;
    }

    private Node navigation() {
        navigator = new org.cytobench.ui.navigator.NavigatorView(model.navigator(), model.selectedNavProperty());
        Button addPlate = new Button("Add assay plate…");
        addPlate.setId("add-assay-plate");
        addPlate.setMaxWidth(Double.MAX_VALUE);
        addPlate.setOnAction(e -> AssayPlateView.addPlateDialog(window(), assayModel).ifPresent(i ->
                model.selectedNavProperty().set(model.navigation().get(i + 1))));
        Label title = new Label("Experiment");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(8, title, navigator, addPlate);
        VBox.setVgrow(navigator, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setPrefWidth(240);
        box.setMinWidth(190);
        box.getStyleClass().add("navigation");
        return box;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.work().messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.progressProperty().bind(model.work().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.setOnAction(e -> model.work().cancel());
        progress.visibleProperty().bind(model.work().runningProperty());
        cancel.visibleProperty().bind(model.work().runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label analysed = new Label();
        analysed.setId("status-analysis");
        analysed.getStyleClass().add("hint");
        analysed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.analysis().runningProperty().get() ? "Analysing…"
                        : model.analysis().analysis() == null ? "" : "Analysed in " + model.analysis().lastMillisProperty().get() + " ms",
                model.analysis().runningProperty(), model.analysis().lastMillisProperty(), model.analysis().analysisProperty()));
        HBox bar = new HBox(10, message, spacer, analysed, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(NavItem item) {
        if (item == null) return;
        Node view = switch (item.kind()) {
            case CULTURE -> views.computeIfAbsent(item.kind(), k -> new CulturePlateView(cultureModel, model.document()));
            case ASSAY -> {
                assayModel.selectPlate(item.index());
                curveModel.selectPlate(item.index());
                Node assay = views.computeIfAbsent(item.kind(), k -> {
                    AssayPlateView v = new AssayPlateView(assayModel, model.document());
                    StandardCurveView curve = new StandardCurveView(curveModel, model.work());
                    javafx.scene.control.Tab tab = new javafx.scene.control.Tab("Standard curve", curve);
                    tab.setId("tab-curve");
                    v.tabs().getTabs().add(tab);
                    concordanceTab = new org.cytobench.ui.concordance.ConcordanceTab(concordanceModel, v.tabs());
                    // multiplex bead-count QC: the experiment's setting beside the heat map that outlines the low wells
                    v.readings().setBeadCountControl(new org.cytobench.ui.multiplex.BeadCountControl(settingsModel));
                    v.readings().beadRuleProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                            () -> model.document().project().analysisSettings().beadCount(), model.document().projectProperty()));
                    return v;
                });
                concordanceTab.show(item.index());
                var runs = model.document().experiment().assays();
                if (item.index() >= 0 && item.index() < runs.size()) lastAnalyte = runs.get(item.index()).layout().analyte().name();
                yield assay;
            }
            case FLOW -> {
                flowModel.assayIndexProperty().set(item.index());
                yield views.computeIfAbsent(item.kind(), k -> new org.cytobench.ui.flow.FlowView(flowModel));
            }
            case RESULTS -> views.computeIfAbsent(item.kind(), k -> {
                ResultsView results = new ResultsView(resultsModel, settingsModel, model.work());
                // one small curve per analyte and the donor × treatment × analyte fold changes (multiplex panels)
                javafx.scene.control.Tab overview = new javafx.scene.control.Tab("Analytes overview",
                        new org.cytobench.ui.multiplex.OverviewView(new org.cytobench.ui.multiplex.OverviewViewModel(model.document(), model.analysis())));
                overview.setId("tab-overview");
                results.tabs().getTabs().add(overview);
                return results;
            });
        };
        // the analyte chosen in the navigator is the one the dose figure shows when Results opens
        if (item.kind() == NavItem.Kind.RESULTS && lastAnalyte != null && view instanceof ResultsView r
                && r.doseFigure().model().analytes().contains(lastAnalyte)) {
            r.doseFigure().model().analyteProperty().set(lastAnalyte);
        }
        content.getChildren().setAll(view);
    }


    /** The view in the centre, e.g. for Copy. */
    public Node currentView() { return content.getChildren().isEmpty() ? null : content.getChildren().get(0); }

    public void newFromTemplate() {
        if (!confirmDiscard()) return;
        new TemplateDialog(window(), new TemplateViewModel()).showAndWait().ifPresent(model::newDocument);
    }

    private void importWithChooser() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import plate-reader export");
        File f = fc.showOpenDialog(window());
        if (f != null) importFile(f.toPath());
    }

    /**
     * Reads a plate-reader export in the background and shows the preview; the import lands only when the preview is
     * confirmed. A file no importer can read shows the importer's message and changes nothing.
     */
    public void importFile(Path path) {
        if (model.document().experiment().assays().isEmpty()) {
            model.errors().report("Add an assay plate before importing " + path.getFileName() + ".", null);
            return;
        }
        Task<Object[]> task = new Task<>() {
            @Override protected Object[] call() throws Exception {
                updateMessage("Reading " + path.getFileName() + "…");
                SourceFile f = SourceFile.read(path);
                return new Object[] {f, ImportViewModel.read(f, ImportViewModel.AUTO)};
            }
        };
        model.work().run(task, e -> e instanceof ImportException ie ? ie.getMessage()
                : "Could not read " + path.getFileName() + ".", r -> {
            int current = model.selectedNavProperty().get().kind() == NavItem.Kind.ASSAY ? model.selectedNavProperty().get().index() : 0;
            ImportViewModel vm = new ImportViewModel(model.document(), (SourceFile) r[0], (ImportResult) r[1], current);
            lastImport = new ImportDialog(window(), vm, model.work().executor());
            lastImport.setOnHidden(ev -> {
                if (Boolean.TRUE.equals(lastImport.getResult())) {
                    model.selectedNavProperty().set(model.navigation().get(vm.targetProperty().get() + 1));
                }
            });
            lastImport.show();
        });
    }

    /** The import preview last shown (tests drive it). */
    public ImportDialog lastImportDialog() { return lastImport; }

    private void openWithChooser() {
        if (!confirmDiscard()) return;
        FileChooser fc = experimentChooser("Open experiment");
        File f = fc.showOpenDialog(window());
        if (f != null) model.open(f.toPath());
    }

    private void openSample() {
        Optional<Path> sample = MainViewModel.sampleExperiment();
        if (sample.isEmpty()) {
            model.errors().report("The sample experiment " + MainViewModel.SAMPLE_FILE + " could not be written to "
                    + org.cytobench.desktop.AppDirectories.current().cache() + ".", null);
            return;
        }
        if (confirmDiscard()) model.open(sample.get());
    }

    /** The plate-map spreadsheet chooser of File → Import/Export layout. */
    private FileChooser layoutChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title + " (" + layoutFiles.plateName() + ")");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Plate map (CSV, Excel)", "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls"));
        return fc;
    }

    private void importLayout() {
        File f = layoutChooser("Import layout").showOpenDialog(window());
        if (f != null) layoutFiles.importFrom(f.toPath());
    }

    private void exportLayout() {
        FileChooser fc = layoutChooser("Export layout");
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"), new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        File f = fc.showSaveDialog(window());
        if (f != null) layoutFiles.exportTo(f.toPath());
    }

    /** Import/Export layout (tests drive it without the file chooser). */
    LayoutFiles layoutFiles() { return layoutFiles; }

    private void save() {
        if (model.document().file() == null) saveAs(); else model.save(model.document().file());
    }

    private void saveAs() {
        FileChooser fc = experimentChooser("Save experiment");
        fc.setInitialFileName(model.document().experiment().name().replaceAll("[^A-Za-z0-9._ -]", "_") + ".cytobench");
        File f = fc.showSaveDialog(window());
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().endsWith(".cytobench")) p = p.resolveSibling(p.getFileName() + ".cytobench");
            model.save(p);
        }
    }

    private void copy() {
        if (currentView() instanceof Copyable c) {
            String text = c.copyText();
            if (text.isEmpty()) return;
            ClipboardContent cc = new ClipboardContent();
            cc.putString(text);
            Clipboard.getSystemClipboard().setContent(cc);
        }
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : model.recentFiles()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> { if (confirmDiscard()) model.open(p); });
            recentMenu.getItems().add(i);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /**
     * Asks what to do with unsaved changes: Save (then continue), Don't save (continue), or Cancel. True when the caller
     * may go on and replace or close the document.
     */
    public boolean confirmDiscard() {
        if (!model.document().isDirty()) return true;
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.", saveButton, discard,
                ButtonType.CANCEL);
        a.initOwner(window());
        a.setTitle("Cytobench");
        a.setHeaderText("Save the changes to " + model.document().displayName() + "?");
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        if (answer.get() == saveButton) {
            Path target = model.document().file();
            if (target == null) {
                File f = experimentChooser("Save experiment").showSaveDialog(window());
                if (f == null) return false;
                target = f.toPath();
            }
            return model.saveNow(target);
        }
        return true;
    }

    private static FileChooser experimentChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cytobench experiment (*.cytobench)", "*.cytobench"));
        return fc;
    }

    private MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    private Window window() { return getScene() == null ? null : getScene().getWindow(); }

    /** Used by tests and the screenshot tour: the experiment currently open. */
    public Experiment experiment() { return model.document().experiment(); }
}

package org.cytobench.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.FigureSize;
import org.cytobench.ui.BackgroundWork;
import org.jfree.chart.JFreeChart;

/** "Export chart…": format, printed size (mm) and PNG resolution, then a file; written in the background. */
public final class ChartExportDialog extends Dialog<ButtonType> {

    private final ChartExportViewModel model;

    public ChartExportDialog(Window owner, ChartExportViewModel model) {
        this.model = model;
        if (owner != null) initOwner(owner);
        setTitle("Export chart");
        setHeaderText("PNG for slides, SVG or PDF for journals (text stays text in SVG).");
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        TextField w = new TextField();
        w.setId("export-width");
        w.setPrefColumnCount(5);
        w.textProperty().bindBidirectional(model.widthMmProperty());
        TextField h = new TextField();
        h.setId("export-height");
        h.setPrefColumnCount(5);
        h.textProperty().bindBidirectional(model.heightMmProperty());
        Spinner<Integer> dpi = new Spinner<>(72, 1200, model.dpiProperty().get(), 50);
        dpi.setEditable(true);
        dpi.valueProperty().addListener((o, a, b) -> model.dpiProperty().set(b));
        dpi.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.PNG));
        ComboBox<String> preset = new ComboBox<>();
        preset.getItems().setAll("Single column (85 mm)", "1.5 column (120 mm)", "Double column (180 mm)");
        preset.setPromptText("Journal width");
        preset.setOnAction(e -> {
            FigureSize s = switch (preset.getSelectionModel().getSelectedIndex()) {
                case 0 -> FigureSize.SINGLE_COLUMN;
                case 1 -> new FigureSize(120, 85);
                default -> FigureSize.DOUBLE_COLUMN;
            };
            model.widthMmProperty().set(org.cytobench.plate.Numbers.compact(s.widthMm()));
            model.heightMmProperty().set(org.cytobench.plate.Numbers.compact(s.heightMm()));
        });
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.errorProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Width × height (mm)"), new javafx.scene.layout.HBox(6, w, new Label("×"), h), preset);
        g.addRow(2, new Label("Resolution (PNG, dpi)"), dpi);
        g.add(error, 0, 3, 3, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Choose file…", javafx.scene.control.ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    }

    /** Asks for the options and a file, then writes the chart in the background. */
    public static void exportChart(Window owner, JFreeChart chart, FigureSize size, String baseName, BackgroundWork work) {
        if (chart == null) return;
        ChartExportViewModel model = new ChartExportViewModel(size);
        Optional<ButtonType> ok = new ChartExportDialog(owner, model).showAndWait();
        if (ok.isEmpty() || ok.get().getButtonData() != javafx.scene.control.ButtonBar.ButtonData.OK_DONE || model.size().isEmpty()) return;
        FileChooser fc = new FileChooser();
        fc.setTitle("Export chart as " + model.formatProperty().get());
        fc.setInitialFileName(org.cytobench.report.OutputNames.fileName(baseName) + "." + model.formatProperty().get().extension());
        File f = fc.showSaveDialog(owner);
        if (f == null) return;
        Path target = model.withExtension(f.toPath());
        work.run(model.task(chart, target), "Could not write " + target.getFileName() + ".", p -> { });
    }
}

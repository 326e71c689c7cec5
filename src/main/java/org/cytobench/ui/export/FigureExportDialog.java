package org.cytobench.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.ui.BackgroundWork;
import org.cytobench.ui.results.DoseFigureViewModel;

/**
 * "Export figure…" for the dose-response figure: format (PNG, TIFF, SVG, PDF), resolution, journal width, text size,
 * title, y-axis label, panel letters and caption. The choices are saved with the experiment (one undoable edit), so the
 * next export and the report use them too; the file is written in the background.
 */
public final class FigureExportDialog extends Dialog<ButtonType> {

    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final Spinner<Integer> dpi = new Spinner<>(72, 1200, 600, 50);
    private final ComboBox<Double> width = new ComboBox<>();
    private final ComboBox<Double> font = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField yLabel = new TextField();
    private final CheckBox letters = new CheckBox("Panel letters A, B, C");
    private final ComboBox<DoseFigureSettings.Palette> palette = new ComboBox<>();
    private final CheckBox caption = new CheckBox("Caption under the figure");

    public FigureExportDialog(Window owner, DoseFigureSettings s) {
        if (owner != null) initOwner(owner);
        setTitle("Export figure");
        setHeaderText("Journal-ready: text stays text in SVG and PDF; TIFF is LZW-compressed.");
        format.setId("figure-format");
        format.getItems().setAll(ExportFormat.PDF, ExportFormat.SVG, ExportFormat.PNG, ExportFormat.TIFF);
        format.setValue(ExportFormat.PDF);
        dpi.setId("figure-dpi");
        dpi.setEditable(true);
        dpi.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PDF).or(format.valueProperty().isEqualTo(ExportFormat.SVG)));
        width.setId("figure-width");
        width.getItems().setAll(85.0, 114.0, 174.0);
        width.setValue(s.widthMm());
        font.setId("figure-font");
        font.getItems().setAll(7.0, 8.0, 9.0);
        font.setValue(s.fontPt());
        title.setId("figure-title");
        title.setPromptText("the analyte's name");
        title.setText(s.title() == null ? "" : s.title());
        yLabel.setId("figure-y-label");
        yLabel.setPromptText("ANALYTE (unit)");
        yLabel.setText(s.yLabel() == null ? "" : s.yLabel());
        letters.setSelected(s.panelLetters());
        palette.setId("figure-palette");
        palette.getItems().setAll(DoseFigureSettings.Palette.values());
        palette.setValue(s.palette());
        palette.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(DoseFigureSettings.Palette p) { return p == null ? "" : p.label(); }
            @Override public DoseFigureSettings.Palette fromString(String x) { return null; }
        });
        caption.setSelected(s.caption());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Resolution (PNG, TIFF; dpi)"), dpi);
        g.addRow(2, new Label("Width (mm)"), width);
        g.addRow(3, new Label("Text size (pt)"), font);
        g.addRow(4, new Label("Title (one analyte)"), title);
        g.addRow(5, new Label("Y-axis label"), yLabel);
        g.addRow(6, new Label("Donor colours"), palette);
        g.add(letters, 1, 7);
        g.add(caption, 1, 8);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    }

    /** The settings as edited in the dialog. */
    public DoseFigureSettings edited(DoseFigureSettings s) {
        return s.withWidthMm(width.getValue()).withFontPt(font.getValue()).withTitle(title.getText()).withYLabel(yLabel.getText())
                .withPanelLetters(letters.isSelected()).withCaption(caption.isSelected()).withPalette(palette.getValue());
    }

    public ExportFormat format() { return format.getValue(); }

    public int dpi() { return dpi.getValue(); }

    /** Asks for the options and a file, saves the options with the experiment, then writes the figure in the background. */
    public static void export(Window owner, DoseFigureViewModel model, BackgroundWork work) {
        FigureExportDialog d = new FigureExportDialog(owner, model.settings());
        Optional<ButtonType> ok = d.showAndWait();
        if (ok.isEmpty() || ok.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) return;
        model.edit("export settings", d::edited);
        Optional<DoseFigure> figure = model.figure();
        if (figure.isEmpty()) return;
        ExportFormat f = d.format();
        FileChooser fc = new FileChooser();
        fc.setTitle("Export figure as " + f);
        fc.setInitialFileName(model.fileBaseName() + "." + f.extension());
        File file = fc.showSaveDialog(owner);
        if (file == null) return;
        Path target = file.toPath();
        work.run(task(figure.get(), f, d.dpi(), target), "Could not write " + target.getFileName() + ".", p -> { });
    }

    /** Writes the figure at its printed size. */
    public static Task<Path> task(DoseFigure figure, ExportFormat f, int dpi, Path target) {
        return new Task<>() {
            @Override protected Path call() throws Exception {
                updateMessage("Writing " + target.getFileName() + "…");
                ChartExporter.write(figure, figure.size(), f, dpi, target);
                return target;
            }
        };
    }
}

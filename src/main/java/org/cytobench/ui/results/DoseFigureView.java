package org.cytobench.ui.results;

import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.ui.BackgroundWork;
import org.cytobench.ui.export.FigureExportDialog;

/**
 * The Dose response tab: the publication figure of one analyte or of all (panels A, B, C …), with the choices a Prism
 * user expects — style, error bars, significance, "ns", log axis, width — each saved with the experiment.
 */
public final class DoseFigureView extends BorderPane {

    private final DoseFigureViewModel model;
    private final FigureCanvas canvas = new FigureCanvas();
    private boolean loading;

    public DoseFigureView(DoseFigureViewModel model, BackgroundWork work) {
        this.model = model;
        setId("dose-figure");
        ComboBox<String> analyte = new ComboBox<>(model.analytes());
        analyte.setId("dose-analyte");
        analyte.valueProperty().bindBidirectional(model.analyteProperty());

        ComboBox<DoseFigureSettings.Style> style = combo("dose-style", DoseFigureSettings.Style.values(), DoseFigureSettings.Style::label);
        ComboBox<DoseFigureSettings.Error> error = combo("dose-error", DoseFigureSettings.Error.values(), e -> "mean ± " + e.label());
        ComboBox<DoseFigureSettings.Significance> sig = combo("dose-significance", DoseFigureSettings.Significance.values(),
                s -> s == DoseFigureSettings.Significance.NONE ? "no brackets" : "brackets: " + s.label());
        CheckBox ns = new CheckBox("show ns");
        ns.setId("dose-ns");
        CheckBox log = new CheckBox("log y");
        log.setId("dose-log");
        CheckBox lines = new CheckBox("donor lines");
        lines.setId("dose-donor-lines");
        ComboBox<Double> width = combo("dose-width", new Double[] {85.0, 114.0, 174.0}, w -> org.cytobench.plate.Numbers.compact(w) + " mm");

        Runnable load = () -> {
            loading = true;
            DoseFigureSettings s = model.settings();
            style.setValue(s.style());
            error.setValue(s.errorBars());
            sig.setValue(s.significance());
            ns.setSelected(s.showNs());
            log.setSelected(s.logY());
            lines.setSelected(s.donorLines());
            width.setValue(s.widthMm());
            error.setDisable(s.style() == DoseFigureSettings.Style.BOX || s.style() == DoseFigureSettings.Style.VIOLIN);
            loading = false;
        };
        load.run();
        model.settingsProperty().addListener((o, a, b) -> load.run());
        style.setOnAction(e -> edit(style.getValue() == null ? null : style.getValue().label(), s -> s.withStyle(style.getValue())));
        error.setOnAction(e -> edit("mean ± " + error.getValue().label(), s -> s.withErrorBars(error.getValue())));
        sig.setOnAction(e -> edit("significance " + sig.getValue().label(), s -> s.withSignificance(sig.getValue())));
        ns.setOnAction(e -> edit(ns.isSelected() ? "show ns" : "hide ns", s -> s.withShowNs(ns.isSelected())));
        log.setOnAction(e -> edit(log.isSelected() ? "log y-axis" : "linear y-axis", s -> s.withLogY(log.isSelected())));
        lines.setOnAction(e -> edit(lines.isSelected() ? "donor lines" : "no donor lines", s -> s.withDonorLines(lines.isSelected())));
        width.setOnAction(e -> edit(org.cytobench.plate.Numbers.compact(width.getValue()) + " mm wide", s -> s.withWidthMm(width.getValue())));

        Button export = new Button("Export figure…");
        export.setId("dose-export");
        export.setOnAction(e -> model.figure().ifPresent(f ->
                FigureExportDialog.export(getScene().getWindow(), model, work)));
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.figure().isEmpty(), model.figureProperty()));

        FlowPane bar = new FlowPane(8, 6, new Label("Analyte"), analyte, style, error, sig, ns, log, lines, width, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(bar);
        setCenter(canvas);
        Label empty = new Label("No dose response yet: import the plates' readings (File → Import…) and give the culture plate "
                + "its treatments.");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        empty.setId("dose-empty");
        Runnable show = () -> {
            Optional<DoseFigure> f = model.figure();
            canvas.setFigure(f.orElse(null));
            setCenter(f.isPresent() ? canvas : empty);
        };
        model.figureProperty().addListener((o, a, b) -> show.run());
        show.run();
    }

    public FigureCanvas canvas() { return canvas; }

    public DoseFigureViewModel model() { return model; }

    private void edit(String what, java.util.function.UnaryOperator<DoseFigureSettings> change) {
        if (!loading && what != null) model.edit(what, change);
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : label.apply(t); }
            @Override public T fromString(String s) { return null; }
        });
        return c;
    }
}

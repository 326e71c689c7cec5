package org.cytobench.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.FigureSize;
import org.jfree.chart.JFreeChart;

/**
 * Exporting one chart: format (PNG, SVG, PDF), printed size in mm and PNG resolution; the core's {@link ChartExporter}
 * writes the file, off the FX thread.
 */
public final class ChartExportViewModel {

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final StringProperty widthMm;
    private final StringProperty heightMm;
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", ChartExporter.DEFAULT_DPI);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ChartExportViewModel(FigureSize initial) {
        widthMm = new SimpleStringProperty(this, "widthMm", fmt(initial.widthMm()));
        heightMm = new SimpleStringProperty(this, "heightMm", fmt(initial.heightMm()));
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    public StringProperty widthMmProperty() { return widthMm; }
    public StringProperty heightMmProperty() { return heightMm; }
    public IntegerProperty dpiProperty() { return dpi; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The size typed in, or empty with the error saying why. */
    public Optional<FigureSize> size() {
        try {
            FigureSize s = new FigureSize(Double.parseDouble(widthMm.get().strip().replace(',', '.')),
                    Double.parseDouble(heightMm.get().strip().replace(',', '.')));
            error.set("");
            return Optional.of(s);
        } catch (NumberFormatException e) {
            error.set("Width and height must be numbers of millimetres.");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
        return Optional.empty();
    }

    /** The file name with the chosen format's extension. */
    public Path withExtension(Path file) {
        String n = file.getFileName().toString();
        String ext = "." + format.get().extension();
        return n.toLowerCase().endsWith(ext) ? file : file.resolveSibling(n.replaceFirst("\\.(png|svg|pdf|tiff?)$", "") + ext);
    }

    /** A task that writes the chart; run it on the app executor. */
    public Task<Path> task(JFreeChart chart, Path file) {
        FigureSize s = size().orElseThrow(() -> new IllegalStateException(error.get()));
        ExportFormat f = format.get();
        int d = dpi.get();
        Path target = withExtension(file);
        return new Task<>() {
            @Override protected Path call() throws Exception {
                updateMessage("Writing " + target.getFileName() + "…");
                ChartExporter.write(chart, s, f, d, target);
                return target;
            }
        };
    }

    private static String fmt(double v) { return org.cytobench.plate.Numbers.compact(Math.round(v * 10) / 10.0); }
}

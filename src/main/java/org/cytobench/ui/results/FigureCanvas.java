package org.cytobench.ui.results;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.jfree.chart.ui.Drawable;

/**
 * Shows a print-laid-out figure scaled to the space it has, exactly as it will print: the figure is drawn into an image
 * of the region's size (in device pixels, so text is sharp on high-resolution screens) whenever the size or the figure
 * changes. Drawing a dose figure takes a few milliseconds, so it is done on the FX thread like JFreeChart's own viewer.
 */
public final class FigureCanvas extends Region {
    private final ImageView view = new ImageView();
    private Drawable figure;
    private double drawnW = -1;
    private double drawnH = -1;

    public FigureCanvas() {
        getChildren().add(view);
        setMinSize(200, 150);
        getStyleClass().add("figure-canvas");
        setStyle("-fx-background-color: white;");
    }

    public void setFigure(Drawable f) {
        figure = f;
        drawnW = -1;
        requestLayout();
    }

    public Drawable figure() { return figure; }

    /** Device pixels per layout pixel of the last drawing (2 on a high-resolution screen): maps the mouse into the figure. */
    public double renderScale() { return renderScale; }

    private double renderScale = 1;

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (figure == null) {
            view.setImage(null);
            return;
        }
        if (w < 10 || h < 10 || (w == drawnW && h == drawnH)) return;
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        renderScale = scale;
        int pw = (int) Math.ceil(w * scale);
        int ph = (int) Math.ceil(h * scale);
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            figure.draw(g, new Rectangle2D.Double(4 * scale, 4 * scale, pw - 8 * scale, ph - 8 * scale));
        } finally {
            g.dispose();
        }
        view.setImage(SwingFXUtils.toFXImage(img, null));
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.relocate(0, 0);
        drawnW = w;
        drawnH = h;
    }
}

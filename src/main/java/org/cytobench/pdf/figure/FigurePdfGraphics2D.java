package org.cytobench.pdf.figure;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import org.cytobench.chart.vector.PlainGlyphText;
import org.cytobench.chart.vector.VectorGraphics2D;
import org.cytobench.pdf.BundledFont;

/**
 * A Java 2D {@link Graphics2D} that writes one PDF page's content stream directly: what the chart kinds draw (paths,
 * fills by winding rule, {@link BasicStroke}s, colours with alpha, {@link AlphaComposite}'s alpha, transforms, clips) and
 * text in a {@link BundledFont} as real PDF text with the font embedded as a subset ({@link FigureFont}). Text is
 * measured with Java 2D (as the PNG is laid out), in the same font the PDF embeds.
 *
 * <p>Anything else — images, gradient or texture paints, a font family without a bundled font, italic or otherwise
 * attributed fonts, right-to-left text, a character the font lacks, XOR mode, other composites — marks the figure
 * {@linkplain FigureCanvas#unsupported unsupported}: {@link FigurePdf} returns nothing and {@link FigureDocument} takes no
 * such page, so that the caller draws the figure (or the whole document) with the general path ({@code pdf.TextPdf})
 * instead: nothing is drawn worse than before.
 *
 * <p>Not thread-safe, like every Graphics2D; copies from {@link #create()} are state copies writing into the same stream.
 */
public final class FigurePdfGraphics2D extends VectorGraphics2D {
    private final FigureCanvas canvas;

    FigurePdfGraphics2D(FigureCanvas canvas) {
        this.canvas = canvas;
    }

    private FigurePdfGraphics2D(FigurePdfGraphics2D g) {
        super(g);
        this.canvas = g.canvas;
    }

    // ------------------------------------------------------------------------------------------------ drawing

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke bs)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        Color c = colour();
        if (c == null || !ready()) return;
        canvas.lineStyle(bs);
        canvas.colour(c.getRGB() & 0xFFFFFF, alpha(c), true);
        if (canvas.path(s, null)) canvas.content.append("S\n");
    }

    @Override
    public void fill(Shape s) {
        Color c = colour();
        if (c == null || !ready()) return;
        canvas.colour(c.getRGB() & 0xFFFFFF, alpha(c), false);
        if (canvas.path(s, null)) canvas.content.append(evenOdd(s) ? "f*\n" : "f\n");
    }

    private static boolean evenOdd(Shape s) {
        if (s instanceof Rectangle2D) return false;
        return s.getPathIterator(null).getWindingRule() == Path2D.WIND_EVEN_ODD;
    }

    /** The current paint as a colour; null (and the figure unsupported) for any other paint. */
    private Color colour() {
        if (paint instanceof Color c) return c;
        canvas.unsupported("a paint other than a colour: " + paint.getClass().getName());
        return null;
    }

    /** The colour's alpha times the composite's; unsupported composites mark the figure. */
    private float alpha(Color c) {
        float a = c.getAlpha() / 255f;
        if (composite instanceof AlphaComposite ac) {
            int rule = ac.getRule();
            if (rule != AlphaComposite.SRC_OVER && rule != AlphaComposite.SRC) canvas.unsupported("the composite rule " + rule);
            return a * ac.getAlpha();
        }
        canvas.unsupported("a composite other than AlphaComposite: " + composite.getClass().getName());
        return a;
    }

    /** Brings the stream to this graphics' clip and transform; false when nothing can be drawn. */
    private boolean ready() {
        if (canvas.unsupported != null) return false;
        if (clip != null && clip.getBounds2D().isEmpty()) return false; // an empty clip hides everything
        if (composite instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC && ac.getAlpha() < 1) {
            canvas.unsupported("a translucent SRC composite"); // replaces, where source-over blends
            return false;
        }
        return canvas.state(clip, clip != null && evenOdd(clip), transform);
    }

    /**
     * Paints {@code page} — a figure another {@link FigureDocument} drew, its content stream as it is — into
     * {@code area} of the user space, scaled to fill it, as a form XObject: the figure is not drawn again. Its glyphs go
     * into this document's font subsets. Returns false, drawing nothing, when the current composite is not plain
     * opaque source-over (the form would not blend as the figure's own drawing would): the caller draws the figure then.
     */
    public boolean drawPage(FigurePage page, Rectangle2D area) {
        if (!(composite instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC_OVER && ac.getAlpha() == 1f)) return false;
        if (!ready()) return true;
        double sx = area.getWidth() / page.width();
        double sy = area.getHeight() / page.height();
        // the page's space has y up from its bottom edge; the area is in y-down user space from its top-left corner
        canvas.form(page, new AffineTransform(sx, 0, 0, -sy, area.getX(), area.getY() + sy * page.height()));
        return true;
    }

    // ------------------------------------------------------------------------------------------------ text

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null) throw new NullPointerException("str");
        if (str.isEmpty()) return;
        if (!Float.isFinite(x) || !Float.isFinite(y)) return; // Java 2D draws nothing there either
        Color c = colour();
        if (c == null) return;
        BundledFont bundled = BundledFont.forJavaFont(font);
        if (bundled == null) {
            canvas.unsupported("the font " + font.getFontName() + " has no bundled font");
            return;
        }
        if (font.isItalic() || font.hasLayoutAttributes()) {
            canvas.unsupported("an italic or attributed font: " + font);
            return;
        }
        if (!ready()) return;
        FigureFont ff = canvas.font(bundled);
        if (ff == null) return;
        StringBuilder glyphs = new StringBuilder(str.length() * 4);
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT) {
                canvas.unsupported("right-to-left text");
                return;
            }
            int gid = ff.glyph(cp);
            if (gid == 0) {
                canvas.unsupported("a character the bundled font lacks: U+" + Integer.toHexString(cp));
                return;
            }
            ff.use(gid, cp);
            FigureFont.hex4(glyphs, gid);
        }
        canvas.colour(c.getRGB() & 0xFFFFFF, alpha(c), false);
        // glyph space upright in the y-down user space; a rotated font (vertical axis label) carries its own transform
        AffineTransform tm = AffineTransform.getTranslateInstance(x, y);
        if (font.isTransformed()) tm.concatenate(font.getTransform());
        tm.scale(1, -1);
        StringBuilder b = canvas.content;
        b.append("BT /").append(ff.resource).append(' ');
        canvas.number(font.getSize2D());
        b.append(" Tf ");
        canvas.matrix(tm);
        b.append(" Tm <").append(glyphs).append("> Tj ET\n");
    }

    /** Highlighted, right-to-left and embedded-direction runs are not drawn here: the general path draws them. */
    @Override
    protected boolean drawsAttributes(Map<AttributedCharacterIterator.Attribute, Object> attrs) {
        if (attrs.get(TextAttribute.BACKGROUND) != null || attrs.get(TextAttribute.RUN_DIRECTION) != null
                || attrs.get(TextAttribute.BIDI_EMBEDDING) != null) {
            canvas.unsupported("text attributes this writer does not draw: " + attrs.keySet());
            return false;
        }
        return true;
    }

    /**
     * Already shaped text — {@code TextLayout.draw}, which JFreeChart uses for log-axis tick labels — is written as PDF
     * text when its glyphs are exactly those of a plain string in its font ({@link PlainGlyphText}, as the SVG writer does)
     * and that font is one this writer prints; otherwise as outlines, as the general path draws it.
     */
    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        Font f = g.getFont();
        String text = BundledFont.forJavaFont(f) == null || f.isItalic() || f.hasLayoutAttributes() ? null : PlainGlyphText.plainText(g);
        if (text == null) {
            fill(g.getOutline(x, y));
            return;
        }
        Font saved = font;
        font = f;
        try {
            Point2D start = g.getGlyphPosition(0);
            drawString(text, (float) (x + start.getX()), (float) (y + start.getY()));
        } finally {
            font = saved;
        }
    }

    // ------------------------------------------------------------------------------------------------ images: not here

    private boolean image() {
        canvas.unsupported("an image");
        return true;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { return image(); }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { image(); }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) { image(); }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) { image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver observer) {
        return image();
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bgcolor,
            ImageObserver observer) {
        return image();
    }

    // ------------------------------------------------------------------------------------------------ shapes via Graphics

    /** Fills with the background colour (an opaque one replaces what is there, as Java 2D's SRC rule does). */
    @Override
    public void clearRect(int x, int y, int width, int height) {
        if (background.getAlpha() < 255) {
            canvas.unsupported("clearRect with a translucent background");
            return;
        }
        fillWithBackground(x, y, width, height, AlphaComposite.SrcOver);
    }

    /** Pixels that were never made cannot be copied; the general path is asked to do what it does. */
    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        canvas.unsupported("copyArea");
    }

    // ------------------------------------------------------------------------------------------------ state

    @Override
    public Graphics create() {
        return new FigurePdfGraphics2D(this);
    }

    @Override
    public void setXORMode(Color c1) {
        canvas.unsupported("XOR mode");
    }

}

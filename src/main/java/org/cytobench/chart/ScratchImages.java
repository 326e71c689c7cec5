package org.cytobench.chart;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;

/**
 * Pixel buffers for PNG files, kept per thread and reused for the next chart of the same size.
 *
 * <p>Why: a chart at 300 dpi is a 10 MB raster (2126 × 1240 for the heat map). The JVM's G1 collector allocates such an
 * array outside the young generation ("humongous"), and a stream of them starts a concurrent marking cycle every few
 * charts: in `analyze` of 100 plates, 300 rasters started 11 cycles per run, about a fifth of the run's CPU
 * (docs/benchmarks.md). A batch writes the same few chart sizes over and over, so each thread keeps its last few rasters.
 * They are held softly, so memory pressure can still take them; an image never leaves {@link ChartExporter#png} (the
 * public {@link ChartExporter#image} always returns a new one).
 */
final class ScratchImages {
    private static final int KEPT = 4;
    private static final ThreadLocal<SoftReference<BufferedImage[]>> KEPT_BY_THREAD = new ThreadLocal<>();

    private ScratchImages() {}

    /** An RGB image of this size, reused when this thread gave one back; its pixels are whatever was drawn last. */
    static BufferedImage take(int width, int height) {
        BufferedImage[] kept = kept(false);
        if (kept != null) {
            for (int i = 0; i < kept.length; i++) {
                BufferedImage img = kept[i];
                if (img != null && img.getWidth() == width && img.getHeight() == height) {
                    kept[i] = null;
                    return img;
                }
            }
        }
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Keeps {@code img} for this thread's next {@link #take} of its size (the oldest kept image makes room). */
    static void giveBack(BufferedImage img) {
        BufferedImage[] kept = kept(true);
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] == null) {
                kept[i] = img;
                return;
            }
        }
        System.arraycopy(kept, 0, kept, 1, kept.length - 1);
        kept[0] = img;
    }

    private static BufferedImage[] kept(boolean create) {
        SoftReference<BufferedImage[]> ref = KEPT_BY_THREAD.get();
        BufferedImage[] kept = ref == null ? null : ref.get();
        if (kept == null && create) {
            kept = new BufferedImage[KEPT];
            KEPT_BY_THREAD.set(new SoftReference<>(kept));
        }
        return kept;
    }
}

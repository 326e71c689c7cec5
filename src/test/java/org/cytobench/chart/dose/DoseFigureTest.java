package org.cytobench.chart.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.ExportFormat;
import org.junit.jupiter.api.Test;

/** The dose figure on a small hand-made panel whose numbers are known. */
class DoseFigureTest {

    /** Unstimulated, LPS + vehicle, Tα1 10 (p 0.2), Tα1 100 (p 0.0004); 3 donors × 2 wells; the unstimulated wells below the LLOQ. */
    static DosePanelData panel() {
        String[] stim = {"Unstimulated", "LPS 100 ng/mL", "LPS 100 ng/mL", "LPS 100 ng/mL"};
        String[] cat = {"Medium", "Vehicle", "10", "100"};
        double[] level = {5, 900, 1000, 1600};
        Double[] p = {null, null, 0.2, 0.0004};
        int[] control = {-1, -1, 1, 1};
        List<DosePanelData.Group> groups = new ArrayList<>();
        for (int g = 0; g < cat.length; g++) {
            List<DosePanelData.Point> pts = new ArrayList<>();
            for (int d = 1; d <= 3; d++) {
                for (int k = 0; k < 2; k++) {
                    double v = level[g] * (0.9 + 0.05 * d + 0.02 * k);
                    pts.add(new DosePanelData.Point("D" + d, v < 15.6 ? 7.8 : v, v < 15.6));
                }
            }
            double mean = pts.stream().mapToDouble(DosePanelData.Point::value).average().orElseThrow();
            groups.add(new DosePanelData.Group(stim[g], cat[g], mean, 0.1 * mean, 0.04 * mean, 0.9 * mean, 1.1 * mean, 3,
                    control[g], p[g], pts));
        }
        return new DosePanelData("TNF-α", "pg/mL", groups, 15.6, "LLOQ/2", "donors", "Dunnett vs vehicle", true, null);
    }

    private static List<DoseFigure.Box> boxes(DoseFigureSettings s) {
        return new DoseFigure(panel(), s).measure();
    }

    private static List<String> texts(List<DoseFigure.Box> b, String kind) {
        return b.stream().filter(x -> x.kind().equals(kind)).map(DoseFigure.Box::text).toList();
    }

    @Test
    void everyCultureWellIsAPointAndEveryDonorInTheLegend() {
        List<DoseFigure.Box> b = boxes(DoseFigureSettings.DEFAULT);
        assertEquals(24 + 12, b.stream().filter(x -> x.kind().equals("point")).count(),
                "4 groups × 3 donors × 2 wells, and with donor means as the n each donor's mean per group");
        assertEquals(List.of("D1", "D2", "D3"), texts(b, "legend"));
        assertEquals(List.of("Medium", "Vehicle", "10", "100"), texts(b, "category"));
        assertEquals(List.of("Unstimulated", "LPS 100 ng/mL"), texts(b, "stimulus"));
        assertEquals(List.of("TNF-α (pg/mL)"), texts(b, "y-title"));
        assertEquals(List.of("LLOQ"), texts(b, "lloq"));
    }

    @Test
    void bracketsGoFromEachDoseToItsControlWithStarsOrP() {
        assertEquals(List.of("ns", "***"), texts(boxes(DoseFigureSettings.DEFAULT), "significance"));
        assertEquals(List.of("***"), texts(boxes(DoseFigureSettings.DEFAULT.withShowNs(false)), "significance"));
        assertEquals(List.of("p = 0.20", "p = 0.0004"),
                texts(boxes(DoseFigureSettings.DEFAULT.withSignificance(DoseFigureSettings.Significance.P_VALUES)), "significance"));
        assertEquals(List.of(), texts(boxes(DoseFigureSettings.DEFAULT.withSignificance(DoseFigureSettings.Significance.NONE)), "significance"));
        // the wider bracket (vehicle → 100) sits above the narrower one (vehicle → 10)
        List<DoseFigure.Box> sig = boxes(DoseFigureSettings.DEFAULT).stream().filter(x -> x.kind().equals("significance")).toList();
        assertTrue(sig.get(1).bounds().getMaxY() <= sig.get(0).bounds().getMinY());
        // and every bracket above every point
        double highestPoint = boxes(DoseFigureSettings.DEFAULT).stream().filter(x -> x.kind().equals("point"))
                .mapToDouble(x -> x.bounds().getMinY()).min().orElseThrow();
        for (DoseFigure.Box s : sig) assertTrue(s.bounds().getMaxY() < highestPoint, s + " is not above the data");
    }

    @Test
    void starsAndPValuesAsPrismPrintsThem() {
        assertEquals("*", DoseFigure.stars(0.049));
        assertEquals("**", DoseFigure.stars(0.001));
        assertEquals("***", DoseFigure.stars(0.000999));
        assertEquals("****", DoseFigure.stars(0.00009));
        assertEquals("ns", DoseFigure.stars(0.05));
        assertEquals("p = 0.012", DoseFigure.pText(0.01234));
        assertEquals("p < 0.0001", DoseFigure.pText(0.00001));
        assertEquals("p = 0.34", DoseFigure.pText(0.3412));
    }

    @Test
    void theCaptionSaysWhatIsDrawnAndTested() {
        String caption = String.join(" ", texts(boxes(DoseFigureSettings.DEFAULT.withErrorBars(DoseFigureSettings.Error.SEM)
                .withLogY(true).withWidthMm(174)), "caption"));
        assertTrue(caption.contains("Mean ± SEM of n = 3 donor means"), caption);
        assertTrue(caption.contains("large symbols: donor means"), caption);
        assertTrue(caption.contains("Dunnett vs vehicle"), caption);
        assertTrue(caption.contains("Open symbols: < LLOQ, drawn at LLOQ/2"), caption);
        assertTrue(caption.contains("Log10 axis"), caption);
        assertTrue(caption.contains("lines join a donor's treatments"), caption);
    }

    @Test
    void onTheLogScaleTheSpreadIsAFactorAndTheCaptionSaysSo() {
        // geometric mean 100 with SD 0.30103 of the log10 values: ×/÷ 2, i.e. 50 to 200 (Prism's geometric SD factor)
        var g = new DosePanelData.Group("LPS 100 ng/mL", "Vehicle", 100, Math.log10(2), Math.log10(1.25), 70, 140, 3, -1,
                null, List.of(), true);
        assertEquals(200, g.upper(DoseFigureSettings.Error.SD), 1e-9);
        assertEquals(50, g.lower(DoseFigureSettings.Error.SD), 1e-9);
        assertEquals(125, g.upper(DoseFigureSettings.Error.SEM), 1e-9);
        assertEquals(80, g.lower(DoseFigureSettings.Error.SEM), 1e-9);
        assertEquals(140, g.upper(DoseFigureSettings.Error.CI95), 0);
        var linear = new DosePanelData.Group("LPS 100 ng/mL", "Vehicle", 100, 30, 10, 70, 140, 3, -1, null, List.of());
        assertEquals(130, linear.upper(DoseFigureSettings.Error.SD), 1e-9);
        assertEquals(90, linear.lower(DoseFigureSettings.Error.SEM), 1e-9);

        DosePanelData p = panel();
        List<DosePanelData.Group> geo = p.groups().stream().map(x -> new DosePanelData.Group(x.stimulus(), x.category(),
                x.mean(), 0.05, 0.02, x.ciLow(), x.ciHigh(), x.n(), x.controlIndex(), x.p(), x.points(), true)).toList();
        DosePanelData logPanel = new DosePanelData(p.analyte(), p.unit(), geo, p.lloq(), p.substitution(), p.nUnit(), p.test(),
                p.blocked(), p.note());
        String caption = String.join(" ", new DoseFigure(logPanel, DoseFigureSettings.DEFAULT.withLogY(true).withWidthMm(174))
                .measure().stream().filter(x -> x.kind().equals("caption")).map(DoseFigure.Box::text).toList());
        assertTrue(caption.contains("Geometric mean ×/÷ geometric SD of n = 3 donor means"), caption);
    }

    @Test
    void logTicksAreDecadesAndLinearTicksStepOneTwoFive() {
        YScale lin = YScale.of(5, 1760, false);
        assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0, 2000.0), lin.ticks());
        YScale log = YScale.of(7.8, 1760, true);
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10000.0), log.ticks());
        assertEquals("1000", log.format(1000));
        assertEquals("10⁶", YScale.of(1, 2e6, true).format(1e6));
        assertEquals("0.5", YScale.of(0.1, 2.3, false).format(0.5));
    }

    @Test
    void anEmptyPanelSaysWhy() {
        DosePanelData empty = DosePanelData.empty("TNF-α", "pg/mL", "TNF-α failed QC; its samples are left out.");
        List<DoseFigure.Box> b = new DoseFigure(empty, DoseFigureSettings.DEFAULT).measure();
        assertEquals("TNF-α failed QC; its samples are left out.", String.join(" ", texts(b, "note")));
    }

    @Test
    void tiffIsLzwCompressedAtItsResolution() throws Exception {
        DoseFigure f = new DoseFigure(panel(), DoseFigureSettings.DEFAULT);
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("dose", ".tiff");
        try {
            ChartExporter.write(f, f.size(), ExportFormat.TIFF, 300, tmp);
            byte[] bytes = java.nio.file.Files.readAllBytes(tmp);
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                ImageReader r = ImageIO.getImageReaders(in).next();
                r.setInput(in);
                BufferedImage img = r.read(0);
                assertEquals(f.size().widthPixels(300), img.getWidth());
                IIOMetadata meta = r.getImageMetadata(0);
                TIFFDirectory dir = TIFFDirectory.createFromMetadata(meta);
                assertEquals(BaselineTIFFTagSet.COMPRESSION_LZW, dir.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0));
                assertEquals(300, dir.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0)[0]);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }
}

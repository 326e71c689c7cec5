package org.cytobench.project;

import java.util.Locale;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.project.ProjectJson.FigureDto;

/**
 * The dose-response figure's settings in the file. Enums are written as fixed ids, never as Java names, so a renamed
 * constant cannot change the format; a missing field takes its default, so a file from before a setting opens unchanged.
 */
final class FigureSettingsMapper {
    private FigureSettingsMapper() {}

    static FigureDto toDto(DoseFigureSettings s) {
        return new FigureDto(styleId(s.style()), errorId(s.errorBars()), significanceId(s.significance()), s.showNs(), s.logY(),
                s.donorLines(), s.fontPt(), s.widthMm(), s.heightMm(), s.title(), s.yLabel(), s.panelLetters(), s.caption(),
                paletteId(s.palette()));
    }

    /** Null for a file without figure settings ({@link Project} then derives them from the analysis settings). */
    static DoseFigureSettings fromDto(FigureDto f) {
        if (f == null) return null;
        DoseFigureSettings d = DoseFigureSettings.DEFAULT;
        return new DoseFigureSettings(
                f.style() == null ? d.style() : style(f.style()),
                f.errorBars() == null ? d.errorBars() : error(f.errorBars()),
                f.significance() == null ? d.significance() : significance(f.significance()),
                f.showNs() == null ? d.showNs() : f.showNs(),
                f.logY() == null ? d.logY() : f.logY(),
                f.donorLines() == null ? d.donorLines() : f.donorLines(),
                f.fontPt() == null ? d.fontPt() : f.fontPt(),
                f.widthMm() == null ? d.widthMm() : f.widthMm(),
                f.heightMm(), f.title(), f.yLabel(),
                f.panelLetters() == null ? d.panelLetters() : f.panelLetters(),
                f.caption() == null ? d.caption() : f.caption(),
                f.palette() == null ? d.palette() : palette(f.palette()));
    }

    private static String paletteId(DoseFigureSettings.Palette p) {
        return switch (p) {
            case OKABE_ITO -> "okabe-ito";
            case GREYS -> "greys";
            case VIRIDIS -> "viridis";
        };
    }

    private static DoseFigureSettings.Palette palette(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "okabe-ito" -> DoseFigureSettings.Palette.OKABE_ITO;
            case "greys" -> DoseFigureSettings.Palette.GREYS;
            case "viridis" -> DoseFigureSettings.Palette.VIRIDIS;
            default -> throw new IllegalArgumentException("the figure has an unknown palette '" + id + "'");
        };
    }

    private static String styleId(DoseFigureSettings.Style s) {
        return switch (s) {
            case BARS -> "bars";
            case POINTS -> "points";
            case BOX -> "box";
            case VIOLIN -> "violin";
        };
    }

    private static DoseFigureSettings.Style style(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "bars" -> DoseFigureSettings.Style.BARS;
            case "points" -> DoseFigureSettings.Style.POINTS;
            case "box" -> DoseFigureSettings.Style.BOX;
            case "violin" -> DoseFigureSettings.Style.VIOLIN;
            default -> throw new IllegalArgumentException("the figure has an unknown style '" + id + "'");
        };
    }

    private static String errorId(DoseFigureSettings.Error e) {
        return switch (e) {
            case SD -> "sd";
            case SEM -> "sem";
            case CI95 -> "ci95";
        };
    }

    private static DoseFigureSettings.Error error(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "sd" -> DoseFigureSettings.Error.SD;
            case "sem" -> DoseFigureSettings.Error.SEM;
            case "ci95" -> DoseFigureSettings.Error.CI95;
            default -> throw new IllegalArgumentException("the figure has unknown error bars '" + id + "'");
        };
    }

    private static String significanceId(DoseFigureSettings.Significance s) {
        return switch (s) {
            case STARS -> "stars";
            case P_VALUES -> "p-values";
            case NONE -> "none";
        };
    }

    private static DoseFigureSettings.Significance significance(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "stars" -> DoseFigureSettings.Significance.STARS;
            case "p-values" -> DoseFigureSettings.Significance.P_VALUES;
            case "none" -> DoseFigureSettings.Significance.NONE;
            default -> throw new IllegalArgumentException("the figure has an unknown significance display '" + id + "'");
        };
    }
}

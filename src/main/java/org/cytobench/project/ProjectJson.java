package org.cytobench.project;

import java.util.List;

/**
 * The {@code .cytobench} file as plain records: the JSON schema of the current format version, and nothing else. These
 * records are deliberately separate from the domain model ({@link ProjectMapper} translates) so that renaming or
 * restructuring a domain type never changes the file format by accident. Field names here are the JSON names; change
 * one only together with a format version and a migration step. Unknown fields are ignored when reading.
 */
final class ProjectJson {
    private ProjectJson() {}

    record FileDto(int formatVersion, String writtenBy, String name, String notes, CultureDto culture,
                   List<AssayDto> assays, List<CurveSettingsDto> curveSettings, AnalysisSettingsDto analysisSettings,
                   List<SourceDto> sources, List<FlowAssayDto> flowAssays, FigureDto figure) {}

    /** Since format 2: the dose-response figure's settings; enums as ids ("bars", "sd", "stars"). */
    record FigureDto(String style, String errorBars, String significance, Boolean showNs, Boolean logY, Boolean donorLines,
                     Double fontPt, Double widthMm, Double heightMm, String title, String yLabel, Boolean panelLetters,
                     Boolean caption, String palette) {}

    record CultureDto(String name, int rows, int columns, List<CultureWellDto> wells) {}

    record CultureWellDto(String well, StimulusDto stimulus, double thymalfasinNgPerMl, boolean vehicle, String donor,
                          Double cellsPerMl, Double volumeUl) {}

    /** {@code kind}: "none", "lps", "anti-cd3-cd28", "custom". */
    record StimulusDto(String kind, String name, Double concentration, String unit) {}

    /** Since format 2: {@code plateGroup} (multiplex plate name, or null) and {@code curveOverride} (null = the analyte's). */
    record AssayDto(LayoutDto layout, ReadingsDto readings, String primaryRead, String referenceRead, String sourceFile,
                    List<MaskDto> masks, String plateGroup, CurveOverrideDto curveOverride) {}

    record CurveOverrideDto(String model, String weighting) {}

    /** Since format 2. */
    record FlowAssayDto(String name, List<FlowSampleDto> samples, String gatingMl, List<FlowReadoutDto> readouts,
                        Integer minEvents) {}

    record FlowSampleDto(String sourceFile, String cultureWell) {}

    record FlowReadoutDto(String populationId, String label, String statistic) {}

    record LayoutDto(String name, int rows, int columns, AnalyteDto analyte, List<AssayWellDto> wells) {}

    record AnalyteDto(String name, String unit) {}

    /** {@code role}: "standard", "zero-standard", "blank", "sample", "qc". */
    record AssayWellDto(String well, String role, Double nominal, List<String> cultureWells, Double dilution, String label) {}

    record ReadingsDto(String name, int rows, int columns, List<ReadDto> reads, List<KineticDto> kinetic) {}

    /** {@code kind}: "raw" or "derived". */
    record ReadDto(String name, String kind, Double wavelengthNm, List<WellValueDto> wells) {}

    /** Exactly one of {@code value} and {@code marker} is set. */
    record WellValueDto(String well, Double value, String marker) {}

    record KineticDto(String name, Double wavelengthNm, List<Double> timesSeconds, List<KineticWellDto> wells) {}

    /** {@code values} has one entry per time point, null where the instrument gave no number. */
    record KineticWellDto(String well, List<Double> values, String marker) {}

    record MaskDto(String well, String reason) {}

    /** {@code model}: a {@code CurveModel} id ("4pl"); {@code weighting}: a {@code Weighting} id ("1/y2"). */
    record CurveSettingsDto(String analyte, String model, String weighting) {}

    /**
     * The analysis settings. Ids: {@code blankHandling} "subtract-mean-blank" | "zero-standard-in-fit";
     * {@code belowLloq} "exclude" | "half-lloq" | "lloq" | "as-interpolated"; {@code aboveUloq} "exclude" | "uloq" |
     * "as-extrapolated"; {@code errorBars}
     * "sd" | "sem"; {@code replicateUnit} "auto" | "donor" | "culture-well" | "donor-blocked"; {@code logScale} true |
     * false; {@code beadCount} the multiplex bead-count rule (absent: at least 50 beads, flag only). A missing field takes
     * its default.
     */
    record AnalysisSettingsDto(String blankHandling, String belowLloq, String aboveUloq, String errorBars, QcRulesDto qcRules,
                               String replicateUnit, Boolean includeFailedPlates, Boolean logScale, BeadCountDto beadCount) {}

    /** Bead-count QC: {@code minimum} beads per well and region (default 50), {@code exclude} low wells from the analysis (default false). */
    record BeadCountDto(Integer minimum, Boolean exclude) {}

    /** Acceptance rules; percentages as plain numbers (20 = ±20 %). A missing field takes its ICH M10 default. */
    record QcRulesDto(Double standardTolerancePct, Double standardLimitTolerancePct, Double minPassingFraction,
                      Integer minPassingLevels, Double maxCvPct, Double maxCvAtLimitsPct, Double qcTolerancePct,
                      Double qcLimitTolerancePct) {}

    /** An embedded raw export: its bytes in base64, their count and SHA-256 (lower-case hex) to verify them on load. */
    record SourceDto(String name, long size, String sha256, String base64) {}
}

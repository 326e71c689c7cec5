package org.cytobench.project;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.ProjectJson.AnalyteDto;
import org.cytobench.project.ProjectJson.AssayDto;
import org.cytobench.project.ProjectJson.CurveOverrideDto;
import org.cytobench.project.ProjectJson.FlowAssayDto;
import org.cytobench.project.ProjectJson.FlowReadoutDto;
import org.cytobench.project.ProjectJson.FlowSampleDto;
import org.cytobench.project.ProjectJson.AssayWellDto;
import org.cytobench.project.ProjectJson.CultureDto;
import org.cytobench.project.ProjectJson.CultureWellDto;
import org.cytobench.project.ProjectJson.CurveSettingsDto;
import org.cytobench.project.ProjectJson.FileDto;
import org.cytobench.project.ProjectJson.KineticDto;
import org.cytobench.project.ProjectJson.KineticWellDto;
import org.cytobench.project.ProjectJson.LayoutDto;
import org.cytobench.project.ProjectJson.MaskDto;
import org.cytobench.project.ProjectJson.ReadDto;
import org.cytobench.project.ProjectJson.ReadingsDto;
import org.cytobench.project.ProjectJson.SourceDto;
import org.cytobench.project.ProjectJson.StimulusDto;
import org.cytobench.project.ProjectJson.WellValueDto;

/**
 * Translates between the domain ({@link Project}) and the file records ({@link ProjectJson}). Enum values are written
 * as fixed ids, never as Java constant names, so that renaming a constant cannot break old files. Reading validates
 * through the domain constructors; a problem surfaces as an {@link IllegalArgumentException} whose message says what
 * is wrong (the codec turns it into a sentence naming the file).
 */
final class ProjectMapper {
    private ProjectMapper() {}

    // ---------------------------------------------------------------- domain → file

    static FileDto toDto(Project p) {
        Experiment e = p.experiment();
        List<CurveSettingsDto> curves = new ArrayList<>();
        e.curveSettings().forEach((analyte, s) -> curves.add(new CurveSettingsDto(analyte, s.model().id(), s.weighting().id())));
        return new FileDto(ProjectFormat.CURRENT_VERSION, ProjectFormat.WRITTEN_BY, e.name(), e.notes(),
                culture(e.culture()), e.assays().stream().map(ProjectMapper::assay).toList(), curves,
                SettingsMapper.toDto(p.analysisSettings()), p.sources().stream().map(ProjectMapper::source).toList(),
                e.flowAssays().stream().map(ProjectMapper::flowAssay).toList(), FigureSettingsMapper.toDto(p.figureSettings()));
    }

    private static FlowAssayDto flowAssay(FlowAssay f) {
        return new FlowAssayDto(f.name(),
                f.samples().stream().map(s -> new FlowSampleDto(s.sourceFile(),
                        s.cultureWell() == null ? null : s.cultureWell().label())).toList(),
                f.gatingMl(),
                f.readouts().stream().map(r -> new FlowReadoutDto(r.populationId(), r.label(), r.statistic())).toList(),
                f.minEvents());
    }

    private static CultureDto culture(CulturePlate c) {
        List<CultureWellDto> wells = new ArrayList<>();
        c.wells().forEach((w, t) -> wells.add(new CultureWellDto(w.label(), stimulus(t.stimulus()), t.thymalfasinNgPerMl(),
                t.vehicle(), t.donor(), t.cellsPerMl(), t.volumeUl())));
        return new CultureDto(c.name(), c.format().rows(), c.format().columns(), wells);
    }

    private static StimulusDto stimulus(Stimulus s) {
        String kind = switch (s.kind()) {
            case NONE -> "none";
            case LPS -> "lps";
            case ANTI_CD3_CD28 -> "anti-cd3-cd28";
            case CUSTOM -> "custom";
        };
        return new StimulusDto(kind, s.name(), s.concentration(), s.unit());
    }

    private static AssayDto assay(AssayRun r) {
        List<MaskDto> masks = r.maskList().stream().map(m -> new MaskDto(m.well().label(), m.reason())).toList();
        CurveSettings o = r.curveOverride();
        return new AssayDto(layout(r.layout()), r.readings() == null ? null : readings(r.readings()), r.primaryRead(),
                r.referenceRead(), r.sourceFile(), masks, r.plateGroup(),
                o == null ? null : new CurveOverrideDto(o.model().id(), o.weighting().id()));
    }

    private static LayoutDto layout(AssayPlate a) {
        List<AssayWellDto> wells = new ArrayList<>();
        a.wells().forEach((w, aw) -> wells.add(new AssayWellDto(w.label(), role(aw.role()), aw.nominalConcentration(),
                aw.cultureWells().stream().map(WellPosition::label).toList(), aw.dilutionFactor(), aw.label())));
        return new LayoutDto(a.name(), a.format().rows(), a.format().columns(),
                new AnalyteDto(a.analyte().name(), a.analyte().unit()), wells);
    }

    private static String role(WellRole r) {
        return switch (r) {
            case STANDARD -> "standard";
            case ZERO_STANDARD -> "zero-standard";
            case BLANK -> "blank";
            case SAMPLE -> "sample";
            case QC -> "qc";
            case EMPTY -> "empty";
        };
    }

    private static ReadingsDto readings(PlateData d) {
        return new ReadingsDto(d.name(), d.rows(), d.columns(), d.reads().stream().map(ProjectMapper::read).toList(),
                d.kinetic().stream().map(ProjectMapper::kinetic).toList());
    }

    private static ReadDto read(Read r) {
        // One list in well order, numbers and markers interleaved as on the plate.
        Map<WellPosition, WellValueDto> wells = new java.util.TreeMap<>();
        r.values().forEach((w, v) -> wells.put(w, new WellValueDto(w.label(), v, null)));
        r.markers().forEach((w, m) -> wells.put(w, new WellValueDto(w.label(), null, m)));
        return new ReadDto(r.name(), r.kind() == ReadKind.RAW ? "raw" : "derived", r.wavelengthNm(), List.copyOf(wells.values()));
    }

    private static KineticDto kinetic(KineticRead k) {
        Map<WellPosition, KineticWellDto> wells = new java.util.TreeMap<>();
        k.series().forEach((w, s) -> wells.put(w, new KineticWellDto(w.label(), s, k.markers().get(w))));
        k.markers().forEach((w, m) -> wells.putIfAbsent(w, new KineticWellDto(w.label(), null, m)));
        return new KineticDto(k.name(), k.wavelengthNm(), k.timesSeconds(), List.copyOf(wells.values()));
    }

    private static SourceDto source(SourceFile f) {
        return new SourceDto(f.name(), f.size(), f.sha256(), Base64.getEncoder().encodeToString(f.bytes()));
    }

    // ---------------------------------------------------------------- file → domain

    /** Builds the project; embedded files are decoded here but their checksums are verified by the codec. */
    static Project fromDto(FileDto f) {
        CultureDto cd = need(f.culture(), "the culture plate");
        PlateFormat cultureFormat = PlateFormat.of(cd.rows(), cd.columns());
        Map<WellPosition, Treatment> cultureWells = new LinkedHashMap<>();
        for (CultureWellDto w : list(cd.wells())) {
            cultureWells.put(cultureFormat.parseWell(need(w.well(), "a culture well label")), treatment(w));
        }
        CulturePlate culture = new CulturePlate(cd.name(), cultureFormat, cultureWells);
        List<AssayRun> assays = new ArrayList<>();
        for (AssayDto a : list(f.assays())) assays.add(assay(a));
        Map<String, CurveSettings> curves = new LinkedHashMap<>();
        for (CurveSettingsDto c : list(f.curveSettings())) {
            curves.put(need(c.analyte(), "the analyte of a curve setting"), new CurveSettings(
                    CurveModel.fromId(need(c.model(), "a curve model")), Weighting.fromId(need(c.weighting(), "a weighting"))));
        }
        List<FlowAssay> flow = new ArrayList<>();
        for (FlowAssayDto fa : list(f.flowAssays())) flow.add(flowAssay(fa, cultureFormat));
        Experiment experiment = new Experiment(f.name(), culture, assays, curves, f.notes(), flow);
        List<SourceFile> sources = new ArrayList<>();
        for (SourceDto s : list(f.sources())) sources.add(new SourceFile(need(s.name(), "the name of an embedded file"), decode(s)));
        return new Project(experiment, SettingsMapper.fromDto(f.analysisSettings()), sources,
                FigureSettingsMapper.fromDto(f.figure()));
    }

    private static Treatment treatment(CultureWellDto w) {
        StimulusDto s = need(w.stimulus(), "the stimulus of culture well " + w.well());
        Stimulus.Kind kind = switch (String.valueOf(s.kind())) {
            case "none" -> Stimulus.Kind.NONE;
            case "lps" -> Stimulus.Kind.LPS;
            case "anti-cd3-cd28" -> Stimulus.Kind.ANTI_CD3_CD28;
            case "custom" -> Stimulus.Kind.CUSTOM;
            default -> throw new IllegalArgumentException("culture well " + w.well() + " has an unknown stimulus kind '" + s.kind() + "'");
        };
        return new Treatment(new Stimulus(kind, s.name(), s.concentration(), s.unit()), w.thymalfasinNgPerMl(), w.vehicle(),
                w.donor(), w.cellsPerMl() == null ? Treatment.DEFAULT_CELLS_PER_ML : w.cellsPerMl(),
                w.volumeUl() == null ? Treatment.DEFAULT_VOLUME_UL : w.volumeUl());
    }

    private static AssayRun assay(AssayDto a) {
        LayoutDto l = need(a.layout(), "the layout of an assay plate");
        PlateFormat format = PlateFormat.of(l.rows(), l.columns());
        AnalyteDto an = need(l.analyte(), "the analyte of assay plate " + l.name());
        Map<WellPosition, AssayWell> wells = new LinkedHashMap<>();
        for (AssayWellDto w : list(l.wells())) {
            List<WellPosition> culture = list(w.cultureWells()).stream().map(WellPosition::parse).toList();
            WellRole role = role(w.role(), w.well());
            if (role == WellRole.STANDARD && w.nominal() != null && w.nominal() == 0) role = WellRole.ZERO_STANDARD; // "standard", nominal 0
            wells.put(format.parseWell(need(w.well(), "an assay well label")), new AssayWell(role,
                    w.nominal(), culture, w.dilution() == null ? 1 : w.dilution(), w.label()));
        }
        AssayPlate layout = new AssayPlate(l.name(), format, new Analyte(an.name(), an.unit()), wells);
        Map<WellPosition, MaskedWell> masks = new LinkedHashMap<>();
        for (MaskDto m : list(a.masks())) {
            WellPosition w = format.parseWell(need(m.well(), "a masked well label"));
            masks.put(w, new MaskedWell(w, m.reason()));
        }
        PlateData readings = a.readings() == null ? null : readings(a.readings());
        CurveOverrideDto o = a.curveOverride();
        CurveSettings override = o == null ? null : new CurveSettings(
                CurveModel.fromId(need(o.model(), "the curve model of the override on assay plate " + l.name())),
                Weighting.fromId(need(o.weighting(), "the weighting of the override on assay plate " + l.name())));
        return new AssayRun(layout, readings, a.primaryRead(), a.referenceRead(), a.sourceFile(), masks, a.plateGroup(), override);
    }

    private static FlowAssay flowAssay(FlowAssayDto f, PlateFormat cultureFormat) {
        List<FlowAssay.FlowSample> samples = new ArrayList<>();
        for (FlowSampleDto s : list(f.samples())) {
            String file = need(s.sourceFile(), "the file of a flow sample");
            samples.add(new FlowAssay.FlowSample(file, s.cultureWell() == null ? null : cultureFormat.parseWell(s.cultureWell())));
        }
        List<FlowAssay.FlowReadout> readouts = new ArrayList<>();
        for (FlowReadoutDto r : list(f.readouts())) {
            readouts.add(new FlowAssay.FlowReadout(need(r.populationId(), "the population of a flow read-out"), r.label(), r.statistic()));
        }
        return new FlowAssay(f.name(), samples, f.gatingMl(), readouts,
                f.minEvents() == null ? FlowAssay.DEFAULT_MIN_EVENTS : f.minEvents());
    }

    private static WellRole role(String id, String well) {
        return switch (String.valueOf(id)) {
            case "standard" -> WellRole.STANDARD;
            case "zero-standard" -> WellRole.ZERO_STANDARD;
            case "blank" -> WellRole.BLANK;
            case "sample" -> WellRole.SAMPLE;
            case "qc" -> WellRole.QC;
            case "empty" -> WellRole.EMPTY;
            default -> throw new IllegalArgumentException("assay well " + well + " has an unknown role '" + id + "'");
        };
    }

    private static PlateData readings(ReadingsDto d) {
        List<Read> reads = new ArrayList<>();
        for (ReadDto r : list(d.reads())) {
            Map<WellPosition, Double> values = new LinkedHashMap<>();
            Map<WellPosition, String> markers = new LinkedHashMap<>();
            for (WellValueDto v : list(r.wells())) {
                WellPosition w = WellPosition.parse(need(v.well(), "a well label in read " + r.name()));
                if (v.value() != null) values.put(w, v.value());
                else markers.put(w, need(v.marker(), "a value or marker for well " + w + " in read " + r.name()));
            }
            ReadKind kind = switch (String.valueOf(r.kind())) {
                case "raw" -> ReadKind.RAW;
                case "derived" -> ReadKind.DERIVED;
                default -> throw new IllegalArgumentException("read " + r.name() + " has an unknown kind '" + r.kind() + "'");
            };
            reads.add(new Read(need(r.name(), "the name of a read"), kind, r.wavelengthNm(), values, markers));
        }
        List<KineticRead> kinetic = new ArrayList<>();
        for (KineticDto k : list(d.kinetic())) {
            Map<WellPosition, List<Double>> series = new LinkedHashMap<>();
            Map<WellPosition, String> markers = new LinkedHashMap<>();
            for (KineticWellDto w : list(k.wells())) {
                WellPosition pos = WellPosition.parse(need(w.well(), "a well label in kinetic read " + k.name()));
                if (w.values() != null) series.put(pos, w.values());
                if (w.marker() != null) markers.put(pos, w.marker());
            }
            kinetic.add(new KineticRead(k.name(), k.wavelengthNm(), list(k.timesSeconds()), series, markers));
        }
        return new PlateData(need(d.name(), "the name of a plate's readings"), d.rows(), d.columns(), reads, kinetic);
    }

    private static byte[] decode(SourceDto s) {
        try {
            return Base64.getDecoder().decode(need(s.base64(), "the contents of embedded file " + s.name()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the contents of embedded file " + s.name() + " are not valid base64", e);
        }
    }

    private static <T> List<T> list(List<T> l) { return l == null ? List.of() : l; }

    private static <T> T need(T value, String what) {
        if (value == null) throw new IllegalArgumentException(what + " is missing");
        return value;
    }
}

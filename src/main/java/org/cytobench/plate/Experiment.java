package org.cytobench.plate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A whole experiment: one culture plate, any number of assay runs (one per ELISA plate, one per analyte of a multiplex
 * plate), the flow-cytometry read-outs, the curve settings per analyte name, and free-text notes. Immutable; every edit
 * returns a new experiment (the UI's undo is a stack of these).
 */
public record Experiment(String name, CulturePlate culture, List<AssayRun> assays,
                         Map<String, CurveSettings> curveSettings, String notes, List<FlowAssay> flowAssays) {

    public Experiment {
        Objects.requireNonNull(culture, "culture");
        name = name == null || name.isBlank() ? "Untitled experiment" : name;
        assays = List.copyOf(assays);
        curveSettings = Collections.unmodifiableMap(new TreeMap<>(curveSettings == null ? Map.of() : curveSettings));
        notes = notes == null ? "" : notes;
        flowAssays = List.copyOf(flowAssays == null ? List.of() : flowAssays);
    }

    /** An experiment without flow-cytometry read-outs. */
    public Experiment(String name, CulturePlate culture, List<AssayRun> assays, Map<String, CurveSettings> curveSettings,
                      String notes) {
        this(name, culture, assays, curveSettings, notes, List.of());
    }

    public static Experiment of(String name, CulturePlate culture) {
        return new Experiment(name, culture, List.of(), Map.of(), "");
    }

    /** The curve settings for an analyte, {@link CurveSettings#DEFAULT} unless chosen. */
    public CurveSettings curveSettingsFor(Analyte analyte) {
        return curveSettings.getOrDefault(analyte.name(), CurveSettings.DEFAULT);
    }

    /** The curve settings one run is fitted with: its own override if it has one, else its analyte's. */
    public CurveSettings curveSettingsFor(AssayRun run) {
        return run.curveOverride() != null ? run.curveOverride() : curveSettingsFor(run.layout().analyte());
    }

    public Experiment withCulture(CulturePlate c) { return new Experiment(name, c, assays, curveSettings, notes, flowAssays); }

    public Experiment withName(String n) { return new Experiment(n, culture, assays, curveSettings, notes, flowAssays); }

    public Experiment withNotes(String n) { return new Experiment(name, culture, assays, curveSettings, n, flowAssays); }

    public Experiment withAssay(AssayRun run) {
        List<AssayRun> a = new ArrayList<>(assays);
        a.add(run);
        return new Experiment(name, culture, a, curveSettings, notes, flowAssays);
    }

    public Experiment withAssay(int index, AssayRun run) {
        List<AssayRun> a = new ArrayList<>(assays);
        a.set(index, run);
        return new Experiment(name, culture, a, curveSettings, notes, flowAssays);
    }

    public Experiment withoutAssay(int index) {
        List<AssayRun> a = new ArrayList<>(assays);
        a.remove(index);
        return new Experiment(name, culture, a, curveSettings, notes, flowAssays);
    }

    public Experiment withCurveSettings(String analyteName, CurveSettings s) {
        TreeMap<String, CurveSettings> m = new TreeMap<>(curveSettings);
        m.put(analyteName, s);
        return new Experiment(name, culture, assays, m, notes, flowAssays);
    }

    public Experiment withFlowAssays(List<FlowAssay> f) { return new Experiment(name, culture, assays, curveSettings, notes, f); }
}

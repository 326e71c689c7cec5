package org.cytobench.flow.assay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.FlowAssay.FlowReadout;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * Gates every sample of a flow assay with the assay's one gating template (set on a control and applied unchanged to all
 * samples) and reads each reported population's statistic. A sample whose parent population holds fewer than the
 * assay's minimum events is flagged and kept out of the statistics; an unreadable file or one lacking a gated channel is
 * listed with the reason and left out. Samples without a culture well are mapped from their FCS keywords or file name
 * ({@link CultureWellMapping}).
 */
public final class FlowAssayAnalyzer {
    private FlowAssayAnalyzer() {}

    /**
     * @param sources the embedded files' bytes by name (null when absent)
     * @param format  the culture plate's format, to map well labels
     */
    public static FlowAssayResult analyze(FlowAssay assay, Function<String, byte[]> sources, PlateFormat format) {
        List<String> notes = new ArrayList<>();
        if (assay.gatingMl() == null || assay.gatingMl().isBlank()) {
            notes.add(assay.name() + " has no gating template yet; no populations were counted");
            return new FlowAssayResult(assay, List.of(), notes);
        }
        GatingStrategy strategy;
        try {
            strategy = GatingMlReader.read(assay.name() + " gating template", assay.gatingMl().getBytes(StandardCharsets.UTF_8));
        } catch (FlowFileException e) {
            notes.add(e.getMessage());
            return new FlowAssayResult(assay, List.of(), notes);
        }
        for (FlowReadout r : assay.readouts()) {
            if (!strategy.has(r.populationId())) notes.add(r.label() + ": the gating template has no population " + r.populationId());
        }
        List<FlowSampleResult> out = new ArrayList<>();
        for (FlowAssay.FlowSample s : assay.samples()) out.add(sample(assay, strategy, s, sources.apply(s.sourceFile()), format, notes));
        notes.add("gates from one template applied unchanged to all " + assay.samples().size() + " samples; populations whose"
                + " parent holds fewer than " + assay.minEvents() + " events are flagged and left out of the statistics");
        return new FlowAssayResult(assay, out, notes);
    }

    private static FlowSampleResult sample(FlowAssay assay, GatingStrategy strategy, FlowAssay.FlowSample s, byte[] bytes,
                                           PlateFormat format, List<String> notes) {
        if (bytes == null) {
            notes.add(s.sourceFile() + " is not embedded in the experiment; left out");
            return new FlowSampleResult(s.sourceFile(), s.cultureWell(), 0, List.of(), "file not embedded");
        }
        FcsFile fcs;
        try {
            fcs = FcsReader.read(s.sourceFile(), bytes);
        } catch (FlowFileException e) {
            notes.add(e.getMessage() + "; left out");
            return new FlowSampleResult(s.sourceFile(), s.cultureWell(), 0, List.of(), e.problem());
        }
        WellPosition well = s.cultureWell() != null ? s.cultureWell() : CultureWellMapping.guess(fcs, format).orElse(null);
        if (well == null) notes.add(s.sourceFile() + " names no culture well (keywords or file name); left out");
        GatingEngine engine = GatingEngine.of(strategy, fcs);
        List<ReadoutValue> values = new ArrayList<>();
        try {
            for (FlowReadout r : assay.readouts()) {
                if (!strategy.has(r.populationId())) continue;
                values.add(value(r, strategy.gate(r.populationId()), engine, assay.minEvents()));
            }
        } catch (IllegalArgumentException e) { // a gate names a channel this file does not have
            notes.add(s.sourceFile() + ": " + e.getMessage() + "; left out");
            return new FlowSampleResult(s.sourceFile(), well, fcs.eventCount(), List.of(), e.getMessage());
        }
        for (ReadoutValue v : values) {
            if (v.tooFewEvents()) {
                notes.add(s.sourceFile() + (well == null ? "" : " (" + well.label() + ")") + ": " + v.readout().label() + " has only "
                        + v.parentCount() + " parent events (minimum " + assay.minEvents() + "); flagged and left out");
            }
        }
        return new FlowSampleResult(s.sourceFile(), well, fcs.eventCount(), values, null);
    }

    static ReadoutValue value(FlowReadout r, Gate g, GatingEngine engine, int minEvents) {
        int count = engine.count(g.id());
        int parent = g.parentId() == null ? engine.total() : engine.count(g.parentId());
        double v = switch (r.statistic()) {
            case "count" -> count;
            case "percent-of-total" -> engine.total() == 0 ? Double.NaN : 100.0 * count / engine.total();
            default -> parent == 0 ? Double.NaN : 100.0 * count / parent;
        };
        return new ReadoutValue(r, count, parent, v, parent < minEvents);
    }

    /** For callers holding the sources as a map. */
    public static FlowAssayResult analyze(FlowAssay assay, Map<String, byte[]> sources, PlateFormat format) {
        return analyze(assay, sources::get, format);
    }
}

package org.cytobench.project;

import java.util.Map;
import java.util.function.Function;
import org.cytobench.analysis.AboveUloqHandling;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.analysis.BelowLloqHandling;
import org.cytobench.analysis.BlankHandling;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.analysis.QcRules;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.project.ProjectJson.AnalysisSettingsDto;
import org.cytobench.project.ProjectJson.QcRulesDto;

/**
 * Maps {@link AnalysisSettings} to and from the file. Every enum has a fixed id table here (never the Java constant
 * name), and every missing field takes its default, so files written before a setting existed still open.
 */
final class SettingsMapper {
    private SettingsMapper() {}

    private static final Map<BlankHandling, String> BLANK = Map.of(
            BlankHandling.SUBTRACT_MEAN_BLANK, "subtract-mean-blank", BlankHandling.ZERO_STANDARD_IN_FIT, "zero-standard-in-fit");
    private static final Map<BelowLloqHandling, String> BELOW = Map.of(
            BelowLloqHandling.EXCLUDE, "exclude", BelowLloqHandling.HALF_LLOQ, "half-lloq", BelowLloqHandling.LLOQ, "lloq",
            BelowLloqHandling.AS_INTERPOLATED, "as-interpolated");
    private static final Map<AboveUloqHandling, String> ABOVE = Map.of(
            AboveUloqHandling.EXCLUDE, "exclude", AboveUloqHandling.ULOQ, "uloq", AboveUloqHandling.AS_EXTRAPOLATED, "as-extrapolated");
    private static final Map<ErrorBars, String> BARS = Map.of(ErrorBars.SD, "sd", ErrorBars.SEM, "sem");
    private static final Map<ReplicateUnit, String> UNIT = Map.of(
            ReplicateUnit.AUTO, "auto", ReplicateUnit.DONOR, "donor", ReplicateUnit.CULTURE_WELL, "culture-well",
            ReplicateUnit.DONOR_BLOCKED, "donor-blocked");

    static AnalysisSettingsDto toDto(AnalysisSettings s) {
        QcRules q = s.qcRules();
        return new AnalysisSettingsDto(id(BLANK, s.blankHandling()), id(BELOW, s.belowLloq()), id(ABOVE, s.aboveUloq()),
                id(BARS, s.errorBars()), new QcRulesDto(q.standardTolerancePct(), q.standardLimitTolerancePct(),
                        q.minPassingFraction(), q.minPassingLevels(), q.maxCvPct(), q.maxCvAtLimitsPct(), q.qcTolerancePct(),
                        q.qcLimitTolerancePct()),
                id(UNIT, s.replicateUnit()), s.includeFailedPlates(), s.logScale() ? Boolean.TRUE : null,  // absent = linear: older writers' bytes unchanged
                s.beadCount().equals(BeadCountRule.DEFAULT) ? null : new ProjectJson.BeadCountDto(s.beadCount().minimum(), s.beadCount().exclude()));
    }

    static AnalysisSettings fromDto(AnalysisSettingsDto d) {
        AnalysisSettings def = AnalysisSettings.DEFAULT;
        if (d == null) return def;
        return new AnalysisSettings(
                parse(BLANK, d.blankHandling(), def.blankHandling(), "blank handling"),
                parse(BELOW, d.belowLloq(), def.belowLloq(), "handling of values below the LLOQ"),
                parse(ABOVE, d.aboveUloq(), def.aboveUloq(), "handling of values above the ULOQ"),
                parse(BARS, d.errorBars(), def.errorBars(), "error bars"),
                qcRules(d.qcRules(), def.qcRules()),
                parse(UNIT, d.replicateUnit(), def.replicateUnit(), "replicate unit"),
                d.includeFailedPlates() == null ? def.includeFailedPlates() : d.includeFailedPlates(),
                d.logScale() == null ? def.logScale() : d.logScale(),
                beadCount(d.beadCount()));
    }

    private static BeadCountRule beadCount(ProjectJson.BeadCountDto d) {
        if (d == null) return BeadCountRule.DEFAULT;
        int min = d.minimum() == null ? BeadCountRule.DEFAULT.minimum() : d.minimum();
        if (min < 0) throw new IllegalArgumentException("the bead-count minimum " + min + " is negative");
        return new BeadCountRule(min, d.exclude() == null ? BeadCountRule.DEFAULT.exclude() : d.exclude());
    }

    private static QcRules qcRules(QcRulesDto d, QcRules def) {
        if (d == null) return def;
        return new QcRules(or(d.standardTolerancePct(), def.standardTolerancePct()),
                or(d.standardLimitTolerancePct(), def.standardLimitTolerancePct()),
                or(d.minPassingFraction(), def.minPassingFraction()),
                d.minPassingLevels() == null ? def.minPassingLevels() : d.minPassingLevels(),
                or(d.maxCvPct(), def.maxCvPct()), or(d.maxCvAtLimitsPct(), def.maxCvAtLimitsPct()),
                or(d.qcTolerancePct(), def.qcTolerancePct()), or(d.qcLimitTolerancePct(), def.qcLimitTolerancePct()));
    }

    private static double or(Double v, double def) { return v == null ? def : v; }

    private static <E> String id(Map<E, String> ids, E value) {
        String id = ids.get(value);
        if (id == null) throw new IllegalStateException("no file id for " + value); // a new constant needs an id here
        return id;
    }

    private static <E> E parse(Map<E, String> ids, String id, E def, String what) {
        if (id == null) return def;
        Function<String, E> lookup = s -> ids.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        E v = lookup.apply(id);
        if (v == null) {
            throw new IllegalArgumentException("the " + what + " '" + id + "' is not one Cytobench knows (expected "
                    + String.join(", ", ids.values().stream().sorted().toList()) + ")");
        }
        return v;
    }
}

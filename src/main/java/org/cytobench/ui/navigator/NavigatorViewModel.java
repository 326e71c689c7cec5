package org.cytobench.ui.navigator;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.ui.NavItem;

/**
 * The left navigation as a navigator that stays usable with a 62-plex plate: a search over analyte (and plate) names,
 * each assay run's QC state as a badge, and the runs of one multiplex plate (one {@link AssayRun#plateGroup()}) under a
 * header that counts how many of its analytes passed. The items themselves stay {@link org.cytobench.ui.MainViewModel}'s navigation list,
 * so selecting one shows the same assay, standard-curve and results views as before.
 */
public final class NavigatorViewModel {

    /** An assay run's state as the badge shows it. */
    public enum Status { PASS, FAIL, PENDING, NO_DATA }

    /**
     * What the navigator shows for one item.
     *
     * @param name   the analyte for a run of a multiplex plate (its plate is the group header), else the item's label
     * @param group  the plate group, null outside multiplex plates
     * @param reason the QC verdict in words (tooltip), "" when there is none
     */
    public record Entry(NavItem item, String name, String group, Status status, String reason) {}

    /** How the analytes of one plate group fared. */
    public record GroupCounts(int analytes, int passed, int failed, int pending) {
        /** "30 analytes · 12 pass · 18 fail" (pending and unread ones only when there are any). */
        public String summary() {
            return analytes + (analytes == 1 ? " analyte" : " analytes") + " · " + passed + " pass · " + failed + " fail"
                    + (pending > 0 ? " · " + pending + " not analysed" : "");
        }

        /** "30 analytes · 11 ✓ · 19 ✗", short enough for the navigator's width (the full summary is its tooltip). */
        public String compact() {
            return analytes + (analytes == 1 ? " analyte" : " analytes") + " · " + passed + " ✓ · " + failed + " ✗"
                    + (pending > 0 ? " · " + pending + " …" : "");
        }
    }

    private final ObservableValue<Experiment> experiment;
    private final ObservableValue<ExperimentAnalysis> analysis;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<NavItem> visible;

    public NavigatorViewModel(ObservableList<NavItem> items, ObservableValue<Experiment> experiment,
                              ObservableValue<ExperimentAnalysis> analysis) {
        this.experiment = experiment;
        this.analysis = analysis;
        this.visible = new FilteredList<>(items, this::shown);
        search.addListener((o, a, b) -> visible.setPredicate(this::shown));
    }

    /** The search text; empty shows everything. */
    public StringProperty searchProperty() { return search; }
    /** The items the search lets through; the culture plate and the results are always there. */
    public FilteredList<NavItem> visible() { return visible; }

    private boolean shown(NavItem item) {
        if (item.kind() != NavItem.Kind.ASSAY) return true;
        AssayRun r = run(item).orElse(null);
        if (r == null) return AnalyteSearch.matches(search.get(), item.label());
        return AnalyteSearch.matches(search.get(), r.layout().analyte().name(), r.layout().name(),
                r.plateGroup() == null ? "" : r.plateGroup());
    }

    public Entry entry(NavItem item) {
        AssayRun r = item.kind() == NavItem.Kind.ASSAY ? run(item).orElse(null) : null;
        if (r == null) return new Entry(item, item.label(), null, null, "");
        String name = r.isMultiplex() ? r.layout().analyte().name() : r.layout().name();
        if (r.readings() == null) return new Entry(item, name, r.plateGroup(), Status.NO_DATA, "no readings imported yet");
        PlateAnalysis p = plate(item.index()).orElse(null);
        if (p == null) return new Entry(item, name, r.plateGroup(), Status.PENDING, "");
        return new Entry(item, name, r.plateGroup(), p.passed() ? Status.PASS : Status.FAIL, "QC " + p.verdict().summary());
    }

    /** The counts over every run of the plate group (not only those the search shows). */
    public GroupCounts counts(String group) {
        int n = 0, pass = 0, fail = 0, pending = 0;
        List<AssayRun> runs = experiment.getValue().assays();
        for (int i = 0; i < runs.size(); i++) {
            if (!group.equals(runs.get(i).plateGroup())) continue;
            n++;
            Status s = entry(new NavItem(NavItem.Kind.ASSAY, i, "")).status();
            if (s == Status.PASS) pass++;
            else if (s == Status.FAIL) fail++;
            else pending++;
        }
        return new GroupCounts(n, pass, fail, pending);
    }

    /** True when {@code item} is the first visible run of its plate group: its cell carries the group's header. */
    public boolean startsGroup(NavItem item) {
        Entry e = entry(item);
        if (e.group() == null) return false;
        int at = visible.indexOf(item);
        if (at <= 0) return at == 0;
        Entry before = entry(visible.get(at - 1));
        return !e.group().equals(before.group());
    }

    private Optional<AssayRun> run(NavItem item) {
        List<AssayRun> runs = experiment.getValue().assays();
        return item.index() >= 0 && item.index() < runs.size() ? Optional.of(runs.get(item.index())) : Optional.empty();
    }

    private Optional<PlateAnalysis> plate(int index) {
        ExperimentAnalysis a = analysis.getValue();
        if (a == null) return Optional.empty();
        return a.plates().stream().filter(p -> p.index() == index).findFirst();
    }
}

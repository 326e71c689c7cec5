package org.cytobench.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.plate.Experiment;
import org.cytobench.ui.NavItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The navigator over the 30-plex xPONENT plate: search, badges and the plate group's counts. */
class NavigatorViewModelTest {

    private static Experiment experiment;
    private static ExperimentAnalysis analysis;

    @BeforeAll
    static void analyseThirtyPlex() throws Exception {
        experiment = org.cytobench.testsupport.ThirtyPlex.project().experiment();
        analysis = ExperimentAnalyzer.analyze(experiment, AnalysisSettings.DEFAULT);
    }

    private static NavigatorViewModel navigator(ExperimentAnalysis a) {
        ObservableList<NavItem> items = FXCollections.observableArrayList();
        items.add(NavItem.CULTURE);
        for (int i = 0; i < experiment.assays().size(); i++) items.add(new NavItem(NavItem.Kind.ASSAY, i, "run " + i));
        items.add(NavItem.RESULTS);
        return new NavigatorViewModel(items, new SimpleObjectProperty<>(experiment), new SimpleObjectProperty<>(a));
    }

    private static List<String> visibleNames(NavigatorViewModel m) {
        List<String> names = new ArrayList<>();
        for (NavItem i : m.visible()) if (i.kind() == NavItem.Kind.ASSAY) names.add(m.entry(i).name());
        return names;
    }

    @Test
    void countsPassAndFailOverThePlateGroup() {
        NavigatorViewModel.GroupCounts c = navigator(analysis).counts("plate_1");
        // as analyze prints for this plate under the default settings: 11 "QC pass" lines, 19 "QC failed"
        assertEquals(30, c.analytes());
        assertEquals(11, c.passed());
        assertEquals(19, c.failed());
        assertEquals("30 analytes · 11 pass · 19 fail", c.summary());
        assertEquals("30 analytes · 11 ✓ · 19 ✗", c.compact());
    }

    @Test
    void badgesFollowTheQcVerdict() {
        NavigatorViewModel m = navigator(analysis);
        NavigatorViewModel.Entry il10 = m.entry(new NavItem(NavItem.Kind.ASSAY, 3, "run 3"));
        assertEquals("IL10", il10.name());
        assertEquals("plate_1", il10.group());
        assertEquals(NavigatorViewModel.Status.PASS, il10.status());
        NavigatorViewModel.Entry fgf = m.entry(new NavItem(NavItem.Kind.ASSAY, 0, "run 0"));
        assertEquals("FGF", fgf.name());
        assertEquals(NavigatorViewModel.Status.FAIL, fgf.status());
        assertTrue(fgf.reason().startsWith("QC fail: "), fgf.reason());
        assertEquals(NavigatorViewModel.Status.PENDING, navigator(null).entry(new NavItem(NavItem.Kind.ASSAY, 3, "")).status());
        assertEquals("30 analytes · 0 pass · 0 fail · 30 not analysed", navigator(null).counts("plate_1").summary());
    }

    @Test
    void searchIgnoresCaseGreekAndPunctuation() {
        NavigatorViewModel m = navigator(analysis);
        assertEquals(32, m.visible().size());
        m.searchProperty().set("tnf");
        assertEquals(List.of("TNFa"), visibleNames(m));
        m.searchProperty().set("TNF-α");
        assertEquals(List.of("TNFa"), visibleNames(m));
        m.searchProperty().set("ifn-gamma");
        assertEquals(List.of("IFNg"), visibleNames(m));
        m.searchProperty().set("IL-1β");
        assertEquals(List.of("IL1B"), visibleNames(m));
        m.searchProperty().set("il1");
        assertEquals(List.of("IL1B", "IL10", "IL13", "IL12", "IL17", "IL15", "IL1RA"), visibleNames(m));
        // the culture plate and the results stay reachable whatever is typed
        m.searchProperty().set("no such analyte");
        assertEquals(List.of(NavItem.CULTURE, NavItem.RESULTS), List.copyOf(m.visible()));
        m.searchProperty().set("plate_1");
        assertEquals(30, visibleNames(m).size());
    }

    @Test
    void theFirstVisibleRunOfAPlateCarriesItsHeader() {
        NavigatorViewModel m = navigator(analysis);
        assertTrue(m.startsGroup(m.visible().get(1)));
        assertFalse(m.startsGroup(m.visible().get(2)));
        assertFalse(m.startsGroup(NavItem.CULTURE));
        m.searchProperty().set("il6");
        assertTrue(m.startsGroup(m.visible().get(1)));
    }

    @Test
    void searchKeysReduceGreekLettersToTheirInitials() {
        assertEquals("tnfa", AnalyteSearch.key("TNF-α"));
        assertEquals("tnfa", AnalyteSearch.key("TNF alpha"));
        assertEquals("ifng", AnalyteSearch.key("IFN-γ"));
        assertEquals("tgfb1", AnalyteSearch.key("TGF-β1"));
        assertTrue(AnalyteSearch.matches("", "anything"));
        assertFalse(AnalyteSearch.matches("il6", "IL-8"));
    }
}

package org.cytobench.ui.concordance;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The assay view's "Concordance" tab: present only while a run of a multiplex plate is shown (an ELISA plate has no
 * vendor results to compare), and the comparison computed only while it is the selected tab.
 */
public final class ConcordanceTab extends Tab {

    private final ConcordanceViewModel model;
    private final TabPane tabs;

    public ConcordanceTab(ConcordanceViewModel model, TabPane tabs) {
        super("Concordance", new ConcordanceView(model));
        this.model = model;
        this.tabs = tabs;
        setId("tab-concordance");
        model.activeProperty().bind(selectedProperty());
    }

    /** Shows run {@code index}: adds the tab for a multiplex run, removes it (and selects the first tab) otherwise. */
    public void show(int index) {
        model.selectPlate(index);
        boolean wanted = model.isMultiplex();
        if (wanted && !tabs.getTabs().contains(this)) tabs.getTabs().add(this);
        if (!wanted && tabs.getTabs().contains(this)) tabs.getTabs().remove(this);
    }
}

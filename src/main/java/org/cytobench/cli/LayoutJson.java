package org.cytobench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.multiplex.VendorWell;

/**
 * The {@code "layouts"} part of {@code import --json}: per plate of the file, the layout the export itself states (Gen5
 * Layout block, SoftMax Pro group tables) as {@code {"plate", "unit", "wells": [{"well", "type", "sample", "level",
 * "dilution"}], "expected": {LEVEL: conc}}}; an empty list when the file states none.
 */
final class LayoutJson {
    private LayoutJson() {}

    static List<Object> of(List<ProposedLayout> layouts) {
        List<Object> out = new ArrayList<>();
        for (ProposedLayout l : layouts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plate", l.plate());
            m.put("unit", l.unit());
            List<Object> wells = new ArrayList<>();
            for (VendorWell w : l.wells().values()) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("well", w.well().label());
                j.put("type", w.type().name().toLowerCase(Locale.ROOT));
                j.put("sample", w.sample());
                j.put("level", w.level());
                j.put("dilution", w.dilution());
                wells.add(j);
            }
            m.put("wells", wells);
            m.put("expected", l.expected());
            out.add(m);
        }
        return out;
    }
}

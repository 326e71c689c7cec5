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
 * "dilution", "group"}], "expected": {LEVEL: conc}}}; an empty list when the file states none.
 */
final class LayoutJson {
    private LayoutJson() {}

    static List<Object> of(List<ProposedLayout> layouts) {
        List<Object> out = new ArrayList<>();
        for (ProposedLayout l : layouts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plate", l.plate());
            m.put("unit", l.unit());
            m.put("wells", wells(l.wells().values()));
            m.put("expected", l.expected());
            out.add(m);
        }
        return out;
    }

    /** The vendor's wells as {@code [{"well", "type", "sample", "level", "dilution", "group"}]}, here and in "multiplex". */
    static List<Object> wells(java.util.Collection<VendorWell> vendorWells) {
        List<Object> out = new ArrayList<>();
        for (VendorWell w : vendorWells) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("well", w.well().label());
            j.put("type", w.type().name().toLowerCase(Locale.ROOT));
            j.put("sample", w.sample());
            j.put("level", w.level());
            j.put("dilution", w.dilution());
            j.put("group", w.group());
            out.add(j);
        }
        return out;
    }
}

package org.cytobench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.ProjectJson.AssayDto;
import org.cytobench.project.ProjectJson.FileDto;
import org.cytobench.project.ProjectJson.KineticDto;
import org.cytobench.project.ProjectJson.LayoutDto;
import org.cytobench.project.ProjectJson.ReadDto;
import org.cytobench.project.ProjectJson.ReadingsDto;
import org.cytobench.project.ProjectJson.WellValueDto;

/**
 * The rules of docs/file-format.md that the records and the domain constructors cannot see, checked on load so that a
 * damaged or hand-edited file is refused rather than read as something else: a missing dose read as 0 ng/mL, a well
 * listed twice (the second silently winning), a well with both a value and a marker, readings of another plate size than
 * their layout. A violation is an {@link IllegalArgumentException} whose message names the place and the field; the
 * codec makes it the file's "damaged" sentence.
 */
final class LoadRules {
    private LoadRules() {}

    /** Rules that need the JSON itself, because the records cannot tell a missing number from 0. */
    static void checkTree(ObjectNode tree) {
        JsonNode wells = tree.path("culture").path("wells");
        if (!wells.isArray()) return;   // the records report a missing or mistyped culture
        for (JsonNode w : wells) {
            JsonNode dose = w.get("thymalfasinNgPerMl");
            if (w.isObject() && (dose == null || !dose.isNumber())) {
                throw new IllegalArgumentException("culture well " + w.path("well").asText("?") + " has "
                        + (dose == null || dose.isNull() ? "no" : "no numeric") + " thymalfasin dose (thymalfasinNgPerMl); it would"
                        + " be read as 0 ng/mL");
            }
        }
    }

    /** Rules on the records, before they are turned into the domain. */
    static void check(FileDto f) {
        if (f.culture() != null) unique(list(f.culture().wells()), w -> w.well(), "the culture plate (culture.wells)");
        List<AssayDto> assays = list(f.assays());
        for (int i = 0; i < assays.size(); i++) {
            AssayDto a = assays.get(i);
            if (a == null || a.layout() == null) continue;   // reported by the mapper
            LayoutDto l = a.layout();
            String plate = "assay plate " + (i + 1) + (l.name() == null ? "" : " (" + l.name() + ")");
            unique(list(l.wells()), w -> w.well(), "the layout of " + plate + " (layout.wells)");
            unique(list(a.masks()), m -> m.well(), "the masks of " + plate + " (masks)");
            if (a.readings() != null) readings(a.readings(), l, plate);
        }
    }

    private static void readings(ReadingsDto d, LayoutDto l, String plate) {
        if (d.rows() != l.rows() || d.columns() != l.columns()) {
            throw new IllegalArgumentException(plate + " has readings of " + d.rows() + "×" + d.columns() + " wells (readings.rows,"
                    + " readings.columns) on a layout of " + l.rows() + "×" + l.columns());
        }
        for (ReadDto r : list(d.reads())) {
            String where = "read '" + r.name() + "' of " + plate;
            unique(list(r.wells()), WellValueDto::well, where + " (readings.reads.wells)");
            for (WellValueDto v : list(r.wells())) {
                if (v != null && v.value() != null && v.marker() != null) {
                    throw new IllegalArgumentException("well " + v.well() + " of " + where + " has both a value (" + v.value()
                            + ") and a marker ('" + v.marker() + "'); a well has one or the other");
                }
            }
        }
        for (KineticDto k : list(d.kinetic())) {
            unique(list(k.wells()), w -> w.well(), "kinetic read '" + k.name() + "' of " + plate + " (readings.kinetic.wells)");
        }
    }

    /** Each well at most once; labels are compared as positions ("A1" and "a1" are one well) where they parse. */
    private static <T> void unique(List<T> items, Function<T, String> label, String where) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (item == null) continue;
            String l = label.apply(item);
            if (l == null) continue;   // reported by the mapper as a missing label
            String key;
            try {
                key = WellPosition.parse(l).label();
            } catch (IllegalArgumentException e) {
                key = l;   // an invalid label is reported by the mapper
            }
            if (!seen.add(key)) throw new IllegalArgumentException("well " + l + " is listed twice in " + where);
        }
    }

    private static <T> List<T> list(List<T> l) { return l == null ? List.of() : l; }
}

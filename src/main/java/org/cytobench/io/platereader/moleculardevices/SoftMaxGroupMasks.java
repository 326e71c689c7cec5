package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the wells that SoftMax Pro's group tables mark {@code Masked}. Group tables are SoftMax's own analysis, not
 * plate data, so they are not imported; but a scientist who masked a well in SoftMax should hear that Cytobench sees
 * the well's measured value (the plate section keeps it). A group row names its plate in a {@code WellPlateName} column
 * when there is one; otherwise it belongs to the plate section before it.
 */
final class SoftMaxGroupMasks {
    private final Map<String, Set<String>> maskedByPlate = new LinkedHashMap<>();

    /**
     * @param groupLines   the group block's lines, from {@code Group: …} up to (not including) {@code ~End}
     * @param currentPlate the unique name of the plate section read last, or null
     * @param uniqueNames  original plate-section name → unique name of the last section with that name
     */
    void scan(List<String> groupLines, String currentPlate, Map<String, String> uniqueNames) {
        if (groupLines.size() < 2) return;
        List<String> head = List.of(groupLines.get(1).split("\t", -1));
        int wellCol = indexOf(head, "wells", "well");
        int plateCol = indexOf(head, "wellplatename");
        if (wellCol < 0) return;
        for (int i = 2; i < groupLines.size() && !groupLines.get(i).isBlank(); i++) {
            String[] f = groupLines.get(i).split("\t", -1);
            if (wellCol >= f.length || !hasMasked(f)) continue;
            String plate = plateCol >= 0 && plateCol < f.length && !f[plateCol].isBlank()
                    ? uniqueNames.getOrDefault(f[plateCol].strip(), currentPlate) : currentPlate;
            if (plate == null) continue;
            maskedByPlate.computeIfAbsent(plate, p -> new LinkedHashSet<>()).add(f[wellCol].strip());
        }
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>();
        maskedByPlate.forEach((plate, wells) -> out.add(plate + ": SoftMax Pro marks well" + (wells.size() == 1 ? " " : "s ")
                + String.join(", ", wells) + " as Masked in its group tables; the plate data keep their measured values,"
                + " so mask them again in Cytobench if they should stay out"));
        return out;
    }

    private static boolean hasMasked(String[] f) {
        for (String s : f) if (s.strip().equalsIgnoreCase("Masked")) return true;
        return false;
    }

    private static int indexOf(List<String> head, String... names) {
        for (int i = 0; i < head.size(); i++) {
            String h = head.get(i).strip().toLowerCase(Locale.ROOT);
            for (String n : names) if (h.equals(n)) return i;
        }
        return -1;
    }
}

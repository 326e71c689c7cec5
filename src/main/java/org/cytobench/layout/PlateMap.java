package org.cytobench.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * A plate map as labs keep it in a spreadsheet (R's plater convention): one plate-shaped block per attribute, its name
 * in the top-left cell, column numbers across, row letters down. Values are the cells' text ("" for an empty cell).
 *
 * @param format the plate size all blocks share
 * @param blocks attribute name → block, in file order
 */
public record PlateMap(PlateFormat format, Map<String, Block> blocks) {

    public PlateMap {
        Objects.requireNonNull(format, "format");
        blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
    }

    /**
     * One attribute's block.
     *
     * @param name   the attribute ("dose"), as written in the top-left cell
     * @param values row-major cell texts, format.rows() × format.columns()
     * @param where  for messages: where each cell was read, same shape ("line 12, column 5", "sheet 'Map', cell F12")
     */
    public record Block(String name, List<List<String>> values, List<List<String>> where) {
        public Block {
            values = values.stream().map(List::copyOf).toList();
            where = where == null ? null : where.stream().map(List::copyOf).toList();
        }

        public String value(WellPosition w) { return values.get(w.row()).get(w.column()); }

        /** Where the cell of {@code w} was read, or just its well label for a map not read from a file. */
        public String location(WellPosition w) {
            return where == null ? "well " + w.label() : where.get(w.row()).get(w.column()) + " (well " + w.label() + ")";
        }
    }

    /** The block named {@code name} (case and surrounding spaces ignored), or null. */
    public Block block(String name) {
        for (Block b : blocks.values()) if (b.name().strip().equalsIgnoreCase(name)) return b;
        return null;
    }
}

package org.cytobench.io.multiplex.msd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Raw MSD reader export (MESO QuickPlex, Methodical Mind; text): a key/value header (FileName, Barcode1, Type 96/384…),
 * then per spot a {@code SpotID : n} line and a {@code ==========Data===} block, a plate grid of electrochemiluminescence
 * counts (column numbers, then one row per plate row). Each spot is an analyte ("Spot 1"; "Spot all" for a single-spot
 * plate) with one raw read "Signal". No layout and no fit: those live in Discovery Workbench.
 */
public final class MsdPlateGridImporter implements MultiplexImporter {

    static final String VENDOR = "MSD reader (raw plate grid)";
    private static final String DATA = "==========Data";

    @Override public String id() { return "msd-plate-grid"; }

    @Override public String displayName() { return "MSD reader raw export (plate grid per spot)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 16384, 60);
        return !head.isEmpty() && head.get(0).startsWith("FileName :") && head.stream().anyMatch(l -> l.startsWith(DATA));
    }

    @Override
    public MultiplexExport readMultiplex(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        List<String> lines = TextDecoder.lines(file);
        List<MultiplexPlate> plates = new ArrayList<>();
        Block b = new Block();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            // a file holds one or more plates, each with its Plate #; a plate's spots may come as separate blocks
            if (l.startsWith("Plate #") && !b.spots.isEmpty() && !value(l).equals(b.number)) {
                plates.add(b.plate(file));
                b = new Block();
            }
            if (l.startsWith("Plate #")) b.number = value(l);
            if (l.startsWith("Barcode1") && b.barcode == null) b.barcode = value(l).replaceAll("[<>*]", "");
            if (l.startsWith("SpotID")) b.spot = value(l);
            if (!l.startsWith(DATA)) continue;
            if (b.spots.containsKey(b.spot)) throw new ImportException(file.name(), "line " + (i + 1), "spot " + b.spot + " has two Data blocks");
            Map<WellPosition, Cell> grid = new TreeMap<>();
            int r = i + 2; // skip the column numbers
            for (; r < lines.size(); r++) {
                String[] cells = lines.get(r).split("\t", -1);
                String label = cells[0].strip();
                if (label.length() != 1 || label.charAt(0) < 'A' || label.charAt(0) > 'P') break;
                int row = label.charAt(0) - 'A';
                for (int c = 1; c < cells.length && c <= 24; c++) {
                    Cell v = Cell.parse(cells[c]);
                    if (v.isEmpty()) continue;
                    grid.put(new WellPosition(row, c - 1), v);
                    b.maxCol = Math.max(b.maxCol, c);
                }
                b.maxRow = Math.max(b.maxRow, row + 1);
            }
            if (grid.isEmpty()) throw new ImportException(file.name(), "line " + (i + 1), "the Data block of spot " + b.spot + " has no plate rows");
            b.spots.put(b.spot, grid);
            i = r - 1;
        }
        if (!b.spots.isEmpty()) plates.add(b.plate(file));
        if (plates.isEmpty()) throw new ImportException(file.name(), null, "no " + DATA + " block: not a complete MSD reader export");
        return new MultiplexExport(file.name(), id(), plates, List.of());
    }

    /** One plate's header values and spot grids while reading. */
    private static final class Block {
        String barcode, number, spot = "1";
        final Map<String, Map<WellPosition, Cell>> spots = new LinkedHashMap<>();
        int maxRow, maxCol;

        MultiplexPlate plate(SourceFile file) {
            PlateFormat format = maxRow > 8 || maxCol > 12 ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96;
            List<MultiplexAnalyte> panel = new ArrayList<>();
            Map<String, List<Read>> reads = new LinkedHashMap<>();
            for (Map.Entry<String, Map<WellPosition, Cell>> e : spots.entrySet()) {
                String name = "Spot " + e.getKey();
                panel.add(new MultiplexAnalyte(name, null, e.getKey()));
                Map<WellPosition, Double> v = new TreeMap<>();
                Map<WellPosition, String> m = new TreeMap<>();
                e.getValue().forEach((w, c) -> { if (c.isNumber()) v.put(w, c.number()); else m.put(w, c.marker()); });
                reads.put(name, List.of(new Read("Signal", ReadKind.RAW, null, v, m)));
            }
            String name = barcode == null || barcode.isEmpty() ? file.name() + (number == null ? "" : " #" + number) : barcode;
            return new MultiplexPlate(name, format, VENDOR, panel, Map.of(), "Signal", null, null, reads, Map.of(), Map.of(), List.of());
        }
    }

    /** "Barcode1 :\t<*22M0TALA85N*>" → "<*22M0TALA85N*>"; the header writes a literal "\t" in some versions. */
    private static String value(String l) {
        int colon = l.indexOf(':');
        return colon < 0 ? "" : l.substring(colon + 1).replace("\\t", "").strip();
    }
}

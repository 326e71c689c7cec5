package org.cytobench.io.platereader.bmg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.io.ImportException;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;

/**
 * Reads one plate from a BMG MARS export, whichever of MARS's two layouts it uses: plate grids (a title such as
 * {@code Raw Data (450 1)}, a header {@code ,1,2,…,12} and rows A–H) or the "Table" layout with wells as columns
 * ({@code Well | | A01 | A02 …}, then one row per data set and cycle). The {@code Key: value} header lines are metadata
 * and are skipped.
 */
final class BmgMarsPlateReader {
    private BmgMarsPlateReader() {}

    /** The plate, or null when the cells hold no MARS data at all. */
    static PlateData read(BmgCells cells, String plateName) throws ImportException {
        List<BmgPlateGrid.Section> grids = new ArrayList<>();
        BmgWellColumns.Table table = null;
        for (int r = 0; r < cells.size(); r++) {
            if (cells.blank(r)) continue;
            if (cells.text(r, 0).equalsIgnoreCase("Well") && BmgWellColumns.isHeader(cells, r)) {
                if (table != null) throw cells.error(r, 0, "expected one well table per plate, found a second 'Well' header row");
                table = BmgWellColumns.read(cells, r);
                r = table.lastRow();
            } else if (BmgPlateGrid.isTitle(cells, r)) {
                BmgPlateGrid.Section s = BmgPlateGrid.read(cells, r);
                grids.add(s);
                r = s.lastRow();
            } else if (cells.width(r) == 1 && BmgReadTitle.looksLikeTitle(cells.text(r, 0))) {
                throw cells.error(r, 0, "expected a column header (,1,2,3,…) below '" + cells.text(r, 0) + "'");
            } else if (BmgPlateGrid.isColumnHeader(cells, r)) {
                throw cells.error(r, 0, "expected a data title such as 'Raw Data (450)' above this plate grid");
            }
        }
        if (table == null && grids.isEmpty()) return null;
        if (table != null && !grids.isEmpty()) {
            throw cells.error(table.firstRow(), 0, "expected either plate grids or a well table, found both");
        }
        PlateFormat format = table != null ? table.format() : largest(grids);
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        if (table != null) {
            reads.addAll(table.reads());
            kinetic.addAll(table.kinetic());
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (BmgPlateGrid.Section s : grids) seen.merge(s.title().name(), 1, Integer::sum);
            for (BmgPlateGrid.Section s : grids) {
                String name = seen.get(s.title().name()) > 1 ? s.title().fullName() : s.title().name();
                reads.add(s.values().build(name, s.title().kind(), s.title().wavelengthNm()));
            }
            ensureUnique(reads, cells, grids.get(0).firstRow());
        }
        return new PlateData(plateName, format.rows(), format.columns(), reads, kinetic);
    }

    private static PlateFormat largest(List<BmgPlateGrid.Section> grids) {
        for (BmgPlateGrid.Section s : grids) if (s.format() == PlateFormat.WELLS_384) return PlateFormat.WELLS_384;
        return PlateFormat.WELLS_96;
    }

    private static void ensureUnique(List<Read> reads, BmgCells cells, int row) throws ImportException {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Read r : reads) {
            if (!names.add(r.name())) throw cells.error(row, 0, "expected each data title once, found '" + r.name() + "' twice");
        }
    }
}

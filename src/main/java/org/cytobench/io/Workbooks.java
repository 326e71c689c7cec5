package org.cytobench.io;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Workbook sheets per source file, parsed once: auto-detection asks several spreadsheet importers whether they recognize
 * the same xlsx, and opening it with POI each time would cost far more than the sniffing itself.
 */
public final class Workbooks {
    private Workbooks() {}

    /**
     * Keyed by name and bytes (SourceFile's equals; its hash is computed once per instance, so a lookup is cheap);
     * entries go when the SourceFile is collected.
     */
    private static final Map<SourceFile, Object> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** The sheets, or the ImportException that reading them gave (also remembered). */
    @SuppressWarnings("unchecked")
    public static List<SheetGrid> sheets(SourceFile file) throws ImportException {
        if (!file.isSpreadsheet()) {
            throw new ImportException(file.name(), null, "not an Excel workbook (expected the .xlsx or .xls file the instrument software wrote)");
        }
        Object cached = CACHE.get(file);
        if (cached == null) {
            try {
                cached = SpreadsheetReader.read(file);
            } catch (ImportException e) {
                cached = e;
            }
            CACHE.put(file, cached);
        }
        if (cached instanceof ImportException e) {
            throw new ImportException(e.file(), e.location(), e.problem(), e);
        }
        return (List<SheetGrid>) cached;
    }

    /** For {@code recognizes}: the sheets of a readable workbook, else an empty list; never throws. */
    public static List<SheetGrid> sniff(SourceFile file) {
        if (!file.isSpreadsheet()) return List.of();
        try {
            return sheets(file);
        } catch (ImportException | RuntimeException e) {
            return List.of();
        }
    }

    /** The first sheet of that name, or null. */
    public static SheetGrid sheet(List<SheetGrid> sheets, String name) {
        for (SheetGrid s : sheets) if (s.name().equalsIgnoreCase(name)) return s;
        return null;
    }
}

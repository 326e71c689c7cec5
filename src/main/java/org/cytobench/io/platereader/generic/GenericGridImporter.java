package org.cytobench.io.platereader.generic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytobench.io.CellTable;
import org.cytobench.io.DelimitedText;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.Workbooks;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * The importer of last resort: any csv, tsv, whitespace or spreadsheet file holding whole-plate grids (8×12 or 16×24,
 * with or without A–H / 1–12 labels, any separator, decimal comma or point). Registered last.
 *
 * <p>Auto-detection is conservative: the file must be mostly plate grid (a few caption or metadata lines are fine), so a
 * vendor export we do not know is not silently half-read. Chosen explicitly ({@code --format generic-grid}), it reads
 * the grids of any file that has one. Each sheet (or the text file) with grids becomes one plate, each grid one read;
 * grids of different plate sizes become separate plates.
 */
public final class GenericGridImporter implements PlateImporter {

    static final String ID = "generic-grid";
    private static final int SNIFF_BYTES = 256 * 1024;

    @Override
    public String id() { return ID; }

    /** False: any program may have written the file: whether its last line had a break is unknown. */
    @Override
    public boolean lastNumberHasLineBreak() { return false; }

    @Override
    public String displayName() { return "Plate-shaped grid (any reader; csv, tsv, xlsx)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        try {
            if (file.isSpreadsheet()) {
                List<SheetGrid> sheets = Workbooks.sniff(file);
                boolean any = false;
                for (SheetGrid s : sheets) {
                    CellTable t = CellTable.of(s);
                    List<PlateShapedBlocks.Block> blocks = PlateShapedBlocks.find(t, false);
                    if (!blocks.isEmpty() && !mostlyGrid(t, blocks)) return false;
                    any |= !blocks.isEmpty();
                }
                return any;
            }
            byte[] head = file.head(SNIFF_BYTES);
            if (TextDecoder.looksBinary(head)) return false;
            List<String> lines = TextDecoder.lines(TextDecoder.decode(head));
            if (file.size() > SNIFF_BYTES && !lines.isEmpty()) lines = lines.subList(0, lines.size() - 1); // last may be cut
            DelimitedText text = DelimitedText.of(lines);
            List<PlateShapedBlocks.Block> blocks = PlateShapedBlocks.find(text.table(), text.decimalComma());
            return !blocks.isEmpty() && mostlyGrid(text.table(), blocks);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        List<PlateData> plates = new ArrayList<>();
        if (file.isSpreadsheet()) {
            for (SheetGrid s : Workbooks.sheets(file)) {
                plates.addAll(plates(s.name(), PlateShapedBlocks.find(CellTable.of(s), false)));
            }
        } else {
            if (TextDecoder.looksBinary(file.head(SNIFF_BYTES))) {
                throw new ImportException(file.name(), null, "not a text or spreadsheet file (binary content)");
            }
            DelimitedText text = DelimitedText.of(TextDecoder.lines(file));
            plates.addAll(plates(stem(file.name()), PlateShapedBlocks.find(text.table(), text.decimalComma())));
        }
        if (plates.isEmpty()) {
            throw new ImportException(file.name(), null, "no plate-shaped grid was found (expected 8 rows of 12 numbers or "
                    + "16 rows of 24, with or without A–H / 1–12 labels)");
        }
        return new ImportResult(file.name(), ID, plates, List.of("Read as a generic plate grid: the reader, the wavelength "
                + "(unless a caption states it) and whether values are raw or already processed are not known; reads are marked raw."));
    }

    /** One plate per plate size found, the grids as its reads. */
    private static List<PlateData> plates(String name, List<PlateShapedBlocks.Block> blocks) {
        List<PlateData> out = new ArrayList<>();
        for (PlateFormat f : PlateFormat.values()) {
            List<Read> reads = new ArrayList<>();
            Set<String> names = new HashSet<>();
            int n = 0;
            for (PlateShapedBlocks.Block b : blocks) {
                if (b.format() != f) continue;
                n++;
                String readName = b.title() != null && names.add(b.title()) ? b.title() : "Grid " + n;
                names.add(readName);
                reads.add(b.cells().toRead(readName, ReadKind.RAW, PlateShapedBlocks.wavelength(b.title())));
            }
            if (reads.isEmpty()) continue;
            boolean mixed = blocks.stream().anyMatch(b -> b.format() != f);
            out.add(new PlateData(mixed ? name + " (" + f.wellCount() + "-well)" : name, f.rows(), f.columns(), reads, List.of()));
        }
        return out;
    }

    /** Grids make up most of the content: at most 12 other non-blank rows, or no more than the grid rows themselves. */
    private static boolean mostlyGrid(CellTable t, List<PlateShapedBlocks.Block> blocks) {
        int inside = 0;
        for (PlateShapedBlocks.Block b : blocks) inside += b.endRow() - b.firstRow();
        int other = -inside;
        for (int r = 0; r < t.rowCount(); r++) if (!t.isBlank(r)) other++;
        return other <= Math.max(12, inside);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

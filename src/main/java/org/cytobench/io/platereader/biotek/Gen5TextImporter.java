package org.cytobench.io.platereader.biotek;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cytobench.io.Delimiters;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.PlateData;

/**
 * Agilent BioTek Gen5 text exports (File › Export, or the "Export to text" step of a protocol): tab- or
 * semicolon-separated, UTF-8 with or without BOM, UTF-16LE, or Latin-1; endpoint matrices with one line per data set,
 * separate per-data-set tables, kinetic tables, the row-wise well table; one or several plates and several appended
 * exports per file.
 */
public final class Gen5TextImporter implements PlateImporter {

    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern POINT_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    @Override
    public String id() { return "gen5-text"; }

    @Override
    public String displayName() { return "Agilent BioTek Gen5 (text export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 4096, 40);
        boolean version = false, gen5Field = false;
        for (String l : head) {
            String s = l.strip();
            if (s.startsWith("Software Version")) version = true;
            if (s.startsWith("Experiment File Path:") || s.startsWith("Protocol File Path:") || s.startsWith("Plate Number")
                    || s.startsWith("Reader Type:") || s.startsWith("Reading Type")) gen5Field = true;
        }
        return version && gen5Field;
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> lines = TextDecoder.lines(file);
        if (lines.isEmpty()) throw new ImportException(file.name(), null, "the file is empty");
        char sep = Delimiters.detect(lines.subList(0, Math.min(lines.size(), 2000)));
        List<List<String>> rows = new ArrayList<>(lines.size());
        int comma = 0, point = 0;
        for (String l : lines) {
            List<String> cells = Delimiters.split(l, sep);
            rows.add(cells);
            for (String c : cells) {
                if (c.indexOf(',') > 0 && COMMA_DECIMAL.matcher(c).matches()) comma++;
                else if (c.indexOf('.') > 0 && POINT_DECIMAL.matcher(c).matches()) point++;
            }
        }
        Gen5Grid grid = new Gen5Grid(file.name(), null, rows, sep != ',' && comma > point, true);
        List<String> warnings = new ArrayList<>();
        List<ProposedLayout> layouts = new ArrayList<>();
        List<PlateData> plates = Gen5Parser.parse(grid, warnings, layouts);
        return new ImportResult(file.name(), id(), plates, warnings, layouts);
    }
}

package org.cytobench.io.platereader.bmg;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.Delimiters;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.ReadWarnings;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.PlateData;

/**
 * BMG Labtech MARS CSV export: {@code User: …,Path: …,Test run no.: …} and {@code Test name: …,Date: …} header lines, the
 * measurement mode ("Absorbance", "Fluorescence (FI)"), then one plate grid per data set ({@code Raw Data (450 1)}) or a
 * well table. One file is one plate, named after the file. Comma-separated with decimal points; a semicolon-separated file
 * is read with decimal commas.
 */
public final class BmgMarsCsvImporter implements PlateImporter {

    @Override
    public String id() { return "bmg-mars-csv"; }

    @Override
    public String displayName() { return "BMG Labtech MARS (CSV export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        boolean user = false, test = false;
        for (String line : TextDecoder.headLines(file, 4096, 12)) {
            String l = line.strip();
            if (l.startsWith("User:") && l.contains("Path:")) user = true;
            if ((l.startsWith("Test name:") || l.startsWith("Test Name:")) && l.contains("Date:")) test = true;
        }
        return user && test;
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        String name = file.name();
        if (file.size() == 0) throw new ImportException(name, null, "the file is empty");
        List<String> lines = TextDecoder.lines(file);
        char sep = Delimiters.detect(lines.subList(0, Math.min(lines.size(), 40)));
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (String l : lines) rows.add(Delimiters.split(l, sep));
        BmgCells cells = new BmgCells(name, rows, (r, c) -> "line " + (r + 1), sep == ';', true);
        PlateData plate = BmgMarsPlateReader.read(cells, plateName(name));
        if (plate == null) {
            throw new ImportException(name, null, "no MARS data found: expected a title such as 'Raw Data (450)' followed by a "
                    + "plate grid, or a 'Well' table");
        }
        return new ImportResult(name, id(), List.of(plate), ReadWarnings.forPlate(plate));
    }

    /** The file name without its extension: MARS CSV files hold one plate and are named per run. */
    static String plateName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

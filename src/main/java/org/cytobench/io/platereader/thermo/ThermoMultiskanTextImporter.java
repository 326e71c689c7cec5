package org.cytobench.io.platereader.thermo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.KineticCells;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.TextExports;
import org.cytobench.io.WellCells;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Thermo Multiskan Spectrum / Ascent text export ("Results of Photometric1"): per {@code Plate:1 - Wavelength:340}
 * block, one bare tab grid per {@code Iteration: N}, with no well labels. Each grid line starts with a tab; the software
 * pads some lines with extra tabs between values, so a row's values are its non-empty fields in order (they fill columns
 * 1, 2, …; a plate row of tabs only was not read). Several iterations make a kinetic read; the file gives no times, so
 * the time axis holds the iteration numbers and a warning says so.
 */
public final class ThermoMultiskanTextImporter implements PlateImporter {

    static final String ID = "thermo-multiskan-text";

    private static final Pattern BLOCK = Pattern.compile("Plate:\\s*(\\d+)\\s*-\\s*Wavelength:\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern ITERATION = Pattern.compile("Iteration:\\s*(\\d+)");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Thermo Multiskan Spectrum/Ascent (text)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 4096, 12);
        return !head.isEmpty() && head.get(0).strip().startsWith("Results of")
                && head.stream().anyMatch(l -> BLOCK.matcher(l).find());
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> lines = TextExports.lines(file, "a Multiskan text export");
        if (!recognizes(file)) throw new ImportException(file.name(), "line 1", "expected 'Results of …' and a 'Plate:1 - Wavelength:…' line (not a Multiskan text export)");
        // plate → wavelength → iterations (each a grid of cells)
        Map<Integer, Map<Double, List<WellCells>>> plates = new LinkedHashMap<>();
        List<WellCells> current = null;
        int line = 0;
        while (line < lines.size()) {
            String l = lines.get(line).strip();
            Matcher b = BLOCK.matcher(l);
            Matcher it = ITERATION.matcher(l);
            if (b.find()) {
                current = plates.computeIfAbsent(Integer.parseInt(b.group(1)), k -> new LinkedHashMap<>())
                        .computeIfAbsent(Double.parseDouble(b.group(2)), k -> new ArrayList<>());
                line++;
            } else if (it.find()) {
                if (current == null) throw new ImportException(file.name(), "line " + (line + 1), "expected a 'Plate:1 - Wavelength:…' line before the first iteration");
                int number = Integer.parseInt(it.group(1));
                if (number != current.size() + 1) {
                    // a deleted or repeated block would shift every later time point
                    throw new ImportException(file.name(), "line " + (line + 1), "iteration " + number + " where iteration "
                            + (current.size() + 1) + " belongs: the file is damaged (an iteration is missing or repeated)");
                }
                WellCells grid = new WellCells();
                line = grid(lines, line + 1, grid, file.name());
                current.add(grid);
            } else {
                line++;
            }
        }
        if (plates.isEmpty()) throw new ImportException(file.name(), null, "no 'Plate:1 - Wavelength:…' block found");
        for (Map<Double, List<WellCells>> blocks : plates.values()) {
            int first = blocks.values().iterator().next().size();
            for (Map.Entry<Double, List<WellCells>> b : blocks.entrySet()) {
                if (b.getValue().isEmpty()) {
                    throw new ImportException(file.name(), null, "the " + org.cytobench.plate.Numbers.compact(b.getKey())
                            + " nm block holds no iteration: the file looks cut off");
                }
                if (b.getValue().size() < first) {
                    // every wavelength is read at every iteration: a block with fewer is the end of a cut file
                    throw new ImportException(file.name(), null, "the " + org.cytobench.plate.Numbers.compact(b.getKey()) + " nm block has "
                            + b.getValue().size() + " iterations where the first block has " + first + ": the file looks cut off");
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        List<PlateData> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<Double, List<WellCells>>> p : plates.entrySet()) out.add(plate(p.getKey(), p.getValue(), warnings));
        return new ImportResult(file.name(), ID, out, warnings);
    }

    /** Reads the grid lines after an "Iteration" line up to a blank or header line; returns the next line index. */
    private static int grid(List<String> lines, int from, WellCells grid, String fileName) throws ImportException {
        int row = 0;
        int line = from;
        for (; line < lines.size(); line++) {
            String l = lines.get(line);
            if (l.isEmpty() || (!l.startsWith("\t") && !l.isBlank())) break;
            if (row >= WellPosition.MAX_ROWS) throw new ImportException(fileName, "line " + (line + 1), "more than 16 grid rows in one iteration");
            int col = 0;
            for (String field : l.split("\t")) {
                if (field.isBlank()) continue;
                if (col >= WellPosition.MAX_COLUMNS) throw new ImportException(fileName, "line " + (line + 1), "more than 24 values in a grid row");
                grid.put(new WellPosition(row, col++), Cell.parse(field));
            }
            row++;
        }
        if (row == 0) throw new ImportException(fileName, "line " + (from + 1), "expected grid rows (tab-separated values) after the iteration line");
        if (row != PlateFormat.WELLS_96.rows() && row != PlateFormat.WELLS_384.rows()) {
            // the rows carry no letters: a lost or repeated line would silently move every row below it
            throw new ImportException(fileName, "line " + (from + 1), "the grid after the iteration line has " + row + " rows; "
                    + "Multiskan writes 8 (96-well) or 16 (384-well): the file is damaged or cut off");
        }
        return line;
    }

    private static PlateData plate(int number, Map<Double, List<WellCells>> byWavelength, List<String> warnings) {
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        PlateFormat format = PlateFormat.WELLS_96;
        for (Map.Entry<Double, List<WellCells>> e : byWavelength.entrySet()) {
            String name = org.cytobench.plate.Numbers.compact(e.getKey());
            List<WellCells> iterations = e.getValue();
            for (WellCells g : iterations) format = g.format(format);
            if (iterations.size() == 1) {
                reads.add(iterations.get(0).toRead(name, ReadKind.RAW, e.getKey()));
                continue;
            }
            KineticCells k = new KineticCells(iterations.size());
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < iterations.size(); i++) {
                times.add((double) (i + 1));
                int point = i;
                iterations.get(i).cells().forEach((w, c) -> k.put(point, w, c));
            }
            kinetic.add(k.toKinetic(name, e.getKey(), times));
            warnings.add("Plate " + number + ", " + name + " nm: the file gives no read times; the kinetic time axis holds the "
                    + "iteration numbers 1–" + iterations.size() + ", not seconds");
        }
        return new PlateData("Plate " + number, format.rows(), format.columns(), reads, kinetic);
    }
}

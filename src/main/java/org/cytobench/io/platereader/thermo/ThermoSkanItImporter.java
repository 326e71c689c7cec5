package org.cytobench.io.platereader.thermo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.LabelledGrid;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.Workbooks;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * Thermo Fisher SkanIt (Varioskan, Multiskan FC/GO with SkanIt 6–7) Excel report: one sheet per processing step
 * ("Absorbance 1_01", "Blank Subtraction 1_02", "Standard Curve 1_03", …), each with "Plate N" sections of grids whose
 * corner names the data ("Abs", "Blank subtracted", "Conc. [microg/ml]") followed by a "Sample" grid of well IDs.
 * Measurement steps are raw; every processing step (blank subtraction, SkanIt's own curve fit and concentrations,
 * dilution factors) is imported as derived. Concentration markers (" > Max", " < Min", "NaN") stay markers.
 */
public final class ThermoSkanItImporter implements PlateImporter {

    static final String ID = "thermo-skanit";

    private static final Pattern STEP_SHEET = Pattern.compile("(.+)_(\\d+)");
    private static final Pattern PLATE = Pattern.compile("Plate\\s+\\d+");
    private static final Pattern WAVELENGTH = Pattern.compile("Wavelength:\\s*(\\d+(?:\\.\\d+)?)\\s*nm");
    private static final List<String> MEASUREMENTS = List.of("absorbance", "fluorescence", "luminescence", "photometric",
            "time-resolved", "alphascreen", "fluorescence polarization");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Thermo Fisher SkanIt (xlsx report)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        List<SheetGrid> sheets = Workbooks.sniff(file);
        if (ThermoMultiskanSkyImporter.isSky(sheets)) return false;
        SheetGrid info = Workbooks.sheet(sheets, "General information");
        if (info != null && info.rows().stream().flatMap(List::stream).anyMatch(c -> c.contains("SkanIt"))) return true;
        return sheets.stream().anyMatch(ThermoSkanItImporter::isStepSheet);
    }

    private static boolean isStepSheet(SheetGrid s) {
        return s.cell(0, 0).strip().equals("Measurement results") && STEP_SHEET.matcher(s.name()).matches();
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        Map<String, List<Read>> plates = new LinkedHashMap<>();
        Map<String, PlateFormat> formats = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (SheetGrid s : Workbooks.sheets(file)) {
            if (isStepSheet(s)) readStep(s, plates, formats, warnings);
        }
        if (plates.isEmpty()) {
            throw new ImportException(file.name(), null, "no SkanIt result sheet found (expected sheets such as 'Absorbance 1_01' "
                    + "starting with 'Measurement results' and holding plate grids)");
        }
        List<PlateData> out = new ArrayList<>();
        for (Map.Entry<String, List<Read>> e : plates.entrySet()) {
            PlateFormat f = formats.get(e.getKey());
            out.add(new PlateData(e.getKey(), f.rows(), f.columns(), e.getValue(), List.of()));
        }
        return new ImportResult(file.name(), ID, out, warnings);
    }

    private static void readStep(SheetGrid sheet, Map<String, List<Read>> plates, Map<String, PlateFormat> formats, List<String> warnings) {
        Matcher m = STEP_SHEET.matcher(sheet.name());
        String step = m.matches() ? m.group(1).strip() : sheet.name();
        String lower = step.toLowerCase(Locale.ROOT);
        ReadKind kind = MEASUREMENTS.stream().anyMatch(lower::startsWith) ? ReadKind.RAW : ReadKind.DERIVED;
        CellTable t = CellTable.of(sheet);
        String plate = "Plate 1";
        Double wavelength = null;
        int derived = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String key = t.cell(r, 0);
            Matcher wl = WAVELENGTH.matcher(key);
            if (wl.find()) wavelength = Double.parseDouble(wl.group(1));
            if (PLATE.matcher(key).matches()) plate = key;
            int width = LabelledGrid.headerWidth(t, r, 0);
            if (width < 12 || key.isEmpty() || LabelledGrid.rowIndex(t.cell(r + 1, 0)) != 0) continue;
            LabelledGrid g = LabelledGrid.parse(t, r, 0, false);
            r = g.endRow() - 1;
            if (key.equalsIgnoreCase("Sample")) continue; // well IDs, not data
            plates.computeIfAbsent(plate, k -> new ArrayList<>()).add(g.cells().toRead(step + ": " + key, kind, wavelength));
            formats.merge(plate, g.cells().format(width > 12 ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96),
                    (a, b) -> a == PlateFormat.WELLS_384 || b == PlateFormat.WELLS_384 ? PlateFormat.WELLS_384 : a);
            if (kind == ReadKind.DERIVED) derived++;
        }
        if (derived > 0) {
            warnings.add("'" + step + "' is SkanIt's own processing: its " + derived + " grid(s) are imported as derived data, not raw reads");
        }
    }
}

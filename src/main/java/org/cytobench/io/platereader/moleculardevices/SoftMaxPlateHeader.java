package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytobench.io.ImportException;
import org.cytobench.plate.PlateFormat;

/**
 * The tab-separated {@code Plate:} line that opens a plate section of a SoftMax Pro text export (export format 1.3):
 * {@code Plate: | Plate1 | 1.3 | TimeFormat | Endpoint | Absorbance | Raw | FALSE | 1 | … | 2 | 450 650 | 1 | 12 | 96 | 1 | 8}.
 *
 * <p>Field positions depend on the read mode: fluorescence inserts a scan-position field after the read mode, which shifts
 * everything after it by one. Only the fields Cytobench uses are kept.
 *
 * @param name           the plate section's name as the file gives it (not unique: two sections may both be "Plate1")
 * @param timeFormat     true for TimeFormat (one line per wavelength, wells as columns), false for PlateFormat (grid)
 * @param kinetic        read type "Kinetic"
 * @param reducedOnly    data type "Reduced": the export holds only SoftMax's reduced values, not the raw reads
 * @param kineticPoints  number of reads per well (1 for endpoint)
 * @param wavelengths    the read wavelengths as written ("450", "650"); empty when the file names none (luminescence)
 * @param readMode       "Absorbance", "Fluorescence", "Luminescence", …
 * @param format         the plate format, from the well count
 */
record SoftMaxPlateHeader(String name, boolean timeFormat, boolean kinetic, boolean reducedOnly, int kineticPoints,
                          List<String> wavelengths, String readMode, PlateFormat format) {

    SoftMaxPlateHeader {
        wavelengths = List.copyOf(wavelengths);
    }

    /** Parses the {@code Plate:} line; {@code where} is "line N" for messages. */
    static SoftMaxPlateHeader parse(String line, String fileName, String where) throws ImportException {
        String[] f = line.split("\t", -1);
        String name = field(f, 1);
        if (name.isEmpty()) throw new ImportException(fileName, where, "the plate section has no name after 'Plate:'");
        String exportFormat = field(f, 3);
        boolean timeFormat;
        if (exportFormat.equalsIgnoreCase("TimeFormat")) timeFormat = true;
        else if (exportFormat.equalsIgnoreCase("PlateFormat")) timeFormat = false;
        else throw new ImportException(fileName, where, "expected TimeFormat or PlateFormat as the export format of plate '"
                + name + "', found '" + exportFormat + "'");
        String readType = field(f, 4);
        if (!readType.equalsIgnoreCase("Endpoint") && !readType.equalsIgnoreCase("Kinetic")) {
            throw new ImportException(fileName, where, "plate '" + name + "' is a " + readType
                    + " read; Cytobench reads SoftMax Pro Endpoint and Kinetic plate sections");
        }
        String readMode = field(f, 5);
        int shift = readMode.toLowerCase(Locale.ROOT).startsWith("fluor") ? 1 : 0;
        String dataType = field(f, 6 + shift);
        int points = positiveInt(field(f, 8 + shift), 1, fileName, where, "number of kinetic reads");
        List<String> wavelengths = new ArrayList<>(List.of(field(f, 15 + shift).trim().split("\\s+")));
        wavelengths.removeIf(String::isEmpty);
        int wells = positiveInt(field(f, 18 + shift), 96, fileName, where, "number of wells");
        PlateFormat format = switch (wells) {
            case 96 -> PlateFormat.WELLS_96;
            case 384 -> PlateFormat.WELLS_384;
            default -> throw new ImportException(fileName, where, "plate '" + name + "' has " + wells
                    + " wells; Cytobench reads 96- and 384-well plates");
        };
        return new SoftMaxPlateHeader(name, timeFormat, readType.equalsIgnoreCase("Kinetic"),
                dataType.equalsIgnoreCase("Reduced"), points, wavelengths, readMode, format);
    }

    /** The names of the raw reads, one per wavelength: "450", "650"; the read mode when no wavelength is given. */
    List<String> readNames() {
        return wavelengths.isEmpty() ? List.of(readMode.isEmpty() ? "Read" : readMode) : wavelengths;
    }

    /** The wavelength in nm of read {@code i}, or null when it is not a plain number. */
    Double wavelengthNm(int i) {
        if (i >= wavelengths.size()) return null;
        try {
            return Double.parseDouble(wavelengths.get(i));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    private static int positiveInt(String s, int fallback, String fileName, String where, String what) throws ImportException {
        if (s.isEmpty()) return fallback;
        try {
            int v = Integer.parseInt(s);
            if (v < 1 || v > 100_000) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ImportException(fileName, where, "expected a whole number as the " + what + " in the Plate: line, found '" + s + "'");
        }
    }
}

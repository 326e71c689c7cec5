package org.cytobench.io.multiplex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/**
 * One physical multiplex plate as the vendor's file describes it: the analytes, every analyte's reads per well (signal,
 * bead count, the vendor's own results), the layout the file proposes, each analyte's expected concentrations and the
 * vendor's fitted curve. Reads are kept per analyte under the vendor's names ("Net MFI", "Count", "FI - Bkgd",
 * "Obs Conc"); as one {@link PlateData} they are named "ANALYTE READ" ("IL10 Net MFI"), as decision 0006 says.
 *
 * @param vendor        the software that wrote the file ("Luminex xPONENT")
 * @param signalRead    the read a curve is fitted to, as the vendor fits it ("Net MFI", "FI", "Signal")
 * @param beadCountRead the read holding bead counts per region ("Count", "Bead Count"), or null (MSD)
 * @param resultRead    the read holding the vendor's concentrations ("Result", "Obs Conc", "Calc. Concentration"), or null
 * @param reads         per analyte (in panel order) its reads
 * @param expected      per analyte, standard and control level → expected concentration, as written
 * @param curves        per analyte the vendor's curve, where the file has one
 * @param implausible   expected concentrations that do not fit their own series (flagged, not corrected)
 */
public record MultiplexPlate(String name, PlateFormat format, String vendor, List<MultiplexAnalyte> analytes,
                             Map<WellPosition, VendorWell> wells, String signalRead, String beadCountRead, String resultRead,
                             Map<String, List<Read>> reads, Map<String, Map<String, Double>> expected,
                             Map<String, VendorCurve> curves, List<ImplausibleValue> implausible) {

    public MultiplexPlate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        analytes = List.copyOf(analytes);
        wells = Collections.unmodifiableMap(new TreeMap<>(wells));
        reads = copyOrdered(reads, List::copyOf);
        expected = copyOrdered(expected, m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        curves = copyOrdered(curves, c -> c);
        implausible = List.copyOf(implausible);
    }

    private static <V> Map<String, V> copyOrdered(Map<String, V> m, java.util.function.UnaryOperator<V> copy) {
        Map<String, V> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, copy.apply(v)));
        return Collections.unmodifiableMap(out);
    }

    public List<String> analyteNames() { return analytes.stream().map(MultiplexAnalyte::name).toList(); }

    /** The name a read of this analyte carries in a {@link PlateData}: "IL10 Net MFI". */
    public static String readName(String analyte, String read) { return analyte + " " + read; }

    /** One analyte's read by its vendor name ("Net MFI"). */
    public Optional<Read> read(String analyte, String read) {
        return reads.getOrDefault(analyte, List.of()).stream().filter(r -> r.name().equals(read)).findFirst();
    }

    /** The reads of one analyte, named "ANALYTE READ", as one plate (what an analyte's AssayRun holds). */
    public PlateData analyteData(String analyte) {
        List<Read> out = new ArrayList<>();
        for (Read r : reads.getOrDefault(analyte, List.of())) out.add(renamed(analyte, r));
        return new PlateData(name, format.rows(), format.columns(), out, List.of());
    }

    /** Every analyte's reads as one plate, for the plate-reader import path and JSON. */
    public PlateData toPlateData() {
        List<Read> out = new ArrayList<>();
        for (MultiplexAnalyte a : analytes) {
            for (Read r : reads.getOrDefault(a.name(), List.of())) out.add(renamed(a.name(), r));
        }
        return new PlateData(name, format.rows(), format.columns(), out, List.of());
    }

    private static Read renamed(String analyte, Read r) {
        return new Read(readName(analyte, r.name()), r.kind(), r.wavelengthNm(), r.values(), r.markers());
    }
}

package org.cytobench.io.multiplex.bioplex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.ExpectedSeriesCheck;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Bio-Rad Bio-Plex Manager 6.x XML export (root {@code BioPlexManager}, namespace {@code …/Bio-Plex_5}). What is read:
 * <ul>
 *   <li>the panel from {@code StandardCurves/Interpolators}: one analyte per bead region, with its name and unit;</li>
 *   <li>the layout from {@code Samples}: Blanks (B), Standards (S1…), Controls (C1…), Unknowns (X1…), each with its
 *       Label, Description, Dilution and member wells (a replicate pair shares a group);</li>
 *   <li>per member well and region the {@code Reading} (the well's median FI, raw) and, where Bio-Plex computed one,
 *       {@code MWObsConc} (derived); FI − Bkgd (derived) is FI minus the mean FI of the blank wells, as Bio-Plex computes
 *       its groups' {@code Mean} from their {@code RawMean};</li>
 *   <li>bead counts from {@code Wells/Well/BeadRegions} ({@code RegionCount}; a region the well does not list counted
 *       no bead event there and is left unread); the raw per-bead events ({@code BeadEventData}) are skipped;</li>
 *   <li>expected concentrations of standards and controls ({@code ExpectedConc}, 0 meaning "not set"); the curve only
 *       where Bio-Plex says it is valid ({@code Interpolator IsValid="true"}), else its {@code EquationErr} as a warning.</li>
 * </ul>
 */
public final class BioPlexXmlImporter implements MultiplexImporter {

    static final String ROOT = "BioPlexManager";

    @Override public String id() { return "bioplex-xml"; }

    @Override public String displayName() { return "Bio-Rad Bio-Plex Manager (XML export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        String head = new String(file.head(4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) head = head.substring(3); // a UTF-8 byte-order mark, read as Latin-1
        return head.stripLeading().startsWith("<") && (head.contains(ROOT) || head.contains("Bio-Plex_5"));
    }

    @Override
    public MultiplexExport readMultiplex(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        XmlElement root = SafeXml.read(file, Set.of("BeadEventData"));
        if (!root.name.equals(ROOT)) {
            throw new ImportException(file.name(), root.location(), "the root element is <" + root.name + ">, not Bio-Plex Manager's <"
                    + ROOT + ">");
        }
        PlateFormat format = format(file, root);
        List<String> warnings = new ArrayList<>();
        Panel panel = panel(file, root);
        BioPlexXmlSamples samples = BioPlexXmlSamples.read(file, required(file, root, "Samples"), format, panel.regions);
        Map<String, List<Read>> reads = new LinkedHashMap<>();
        Map<String, Map<WellPosition, Double>> beads = beadCounts(file, root, format, panel.regions.keySet());
        boolean blanks = samples.wells.values().stream().anyMatch(w -> w.type() == VendorWellType.BACKGROUND);
        boolean obs = samples.obsConc.values().stream().anyMatch(m -> !m.isEmpty());
        boolean anyBeads = beads.values().stream().anyMatch(m -> !m.isEmpty());
        List<ImplausibleValue> implausible = new ArrayList<>();
        for (Map.Entry<String, MultiplexAnalyte> e : panel.regions.entrySet()) {
            String region = e.getKey(), name = e.getValue().name();
            List<Read> rs = new ArrayList<>();
            Map<WellPosition, Double> fi = samples.fi.get(region);
            rs.add(new Read("FI", ReadKind.RAW, null, fi, samples.fiMarkers.get(region)));
            if (blanks) rs.add(new Read("FI - Bkgd", ReadKind.DERIVED, null, minusBlank(fi, samples.wells), Map.of()));
            if (obs) rs.add(new Read("Obs Conc", ReadKind.DERIVED, null, samples.obsConc.get(region), samples.obsMarkers.get(region)));
            if (anyBeads) rs.add(new Read("Bead Count", ReadKind.RAW, null, beads.get(region), Map.of()));
            reads.put(name, rs);
            Map<String, Double> std = new LinkedHashMap<>();
            samples.expectedByRegion.getOrDefault(region, Map.of()).forEach((k, x) -> { if (k.startsWith("S")) std.put(k, x); });
            implausible.addAll(ExpectedSeriesCheck.check(name, std));
        }
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        samples.expectedByRegion.forEach((region, m) -> expected.put(panel.regions.get(region).name(), m));
        warnings.addAll(panel.warnings);
        List<String> noExpected = panel.regions.entrySet().stream()
                .filter(e -> samples.expectedByRegion.getOrDefault(e.getKey(), Map.of()).isEmpty()).map(e -> e.getValue().name()).toList();
        if (!noExpected.isEmpty()) {
            warnings.add(noExpected.size() + " of " + panel.regions.size() + " analytes have no expected concentration > 0 for "
                    + "their standards (" + abbreviate(noExpected) + "): lay the standards out before analysing");
        }
        if (anyBeads && beads.values().stream().mapToInt(Map::size).max().orElse(0) < samples.wells.size()) {
            warnings.add("bead counts are given for " + beads.values().stream().mapToInt(Map::size).max().orElse(0) + " of "
                    + samples.wells.size() + " wells only (the file's Wells section lists no more)");
        }
        String name = plateName(file, root);
        MultiplexPlate plate = new MultiplexPlate(name, format, BioPlexExcelImporter.VENDOR, List.copyOf(panel.regions.values()),
                samples.wells, blanks ? "FI - Bkgd" : "FI", anyBeads ? "Bead Count" : null, obs ? "Obs Conc" : null, reads,
                expected, panel.curves, implausible);
        return new MultiplexExport(file.name(), id(), List.of(plate), warnings);
    }

    /** The analytes by bead region, in the file's order, and the curves Bio-Plex says are valid. */
    private record Panel(Map<String, MultiplexAnalyte> regions, Map<String, VendorCurve> curves, List<String> warnings) {}

    private static Panel panel(SourceFile file, XmlElement root) throws ImportException {
        Map<String, MultiplexAnalyte> regions = new LinkedHashMap<>();
        Map<String, VendorCurve> curves = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        XmlElement interpolators = root.child("StandardCurves").flatMap(s -> s.child("Interpolators")).orElse(null);
        if (interpolators == null || interpolators.children("Interpolator").isEmpty()) {
            throw new ImportException(file.name(), root.location(), "no StandardCurves/Interpolators/Interpolator element: "
                    + "the file names no analyte (Bio-Plex Manager writes one Interpolator per bead region)");
        }
        for (XmlElement i : interpolators.children("Interpolator")) {
            String region = i.attribute("RegionNumber"), name = i.childText("AnalyteName");
            if (region == null || region.isBlank() || name == null || name.isBlank()) {
                throw new ImportException(file.name(), i.location(), "an Interpolator needs a RegionNumber and an AnalyteName");
            }
            if (regions.containsKey(region)) throw new ImportException(file.name(), i.location(), "bead region " + region + " is listed twice");
            MultiplexAnalyte a = new MultiplexAnalyte(name, i.childText("ConcentrationUnits"), region);
            regions.put(region, a);
            if ("true".equalsIgnoreCase(i.attribute("IsValid"))) {
                curves.put(a.name(), new VendorCurve(a.name(), i.childText("Regression"), null, null, null));
            } else {
                String why = i.childText("EquationErr");
                errors.computeIfAbsent(why == null || why.isBlank() ? "no reason given" : why, k -> new ArrayList<>()).add(a.name());
            }
        }
        List<String> warnings = new ArrayList<>();
        errors.forEach((why, names) -> warnings.add("Bio-Plex Manager fitted no valid curve for " + names.size() + " analyte"
                + (names.size() == 1 ? "" : "s") + " (" + abbreviate(names) + "): " + why));
        return new Panel(regions, curves, warnings);
    }

    private static PlateFormat format(SourceFile file, XmlElement root) throws ImportException {
        XmlElement d = root.child("PlateDimensions").orElse(null);
        if (d == null) return PlateFormat.WELLS_96;
        try {
            return PlateFormat.of(Integer.parseInt(d.attribute("Rows").strip()), Integer.parseInt(d.attribute("Columns").strip()));
        } catch (RuntimeException e) {
            throw new ImportException(file.name(), d.location(), "Rows='" + d.attribute("Rows") + "' and Columns='"
                    + d.attribute("Columns") + "' are not a 96- or 384-well plate");
        }
    }

    private static Map<String, Map<WellPosition, Double>> beadCounts(SourceFile file, XmlElement root, PlateFormat format,
                                                                    Set<String> regions) throws ImportException {
        Map<String, Map<WellPosition, Double>> out = new LinkedHashMap<>();
        for (String r : regions) out.put(r, new TreeMap<>());
        XmlElement wells = root.child("Wells").orElse(null);
        if (wells == null) return out;
        for (XmlElement w : wells.children("Well")) {
            WellPosition pos = BioPlexXmlSamples.position(file, w, format);
            for (XmlElement br : w.child("BeadRegions").map(b -> b.children("BeadRegion")).orElse(List.of())) {
                Map<WellPosition, Double> m = out.get(br.attribute("RegionNumber"));
                if (m == null) continue; // region 0 (unclassified) and regions outside the panel
                m.put(pos, BioPlexXmlSamples.number(file, br.child("RegionCount").orElse(br), "RegionCount"));
            }
        }
        return out;
    }

    /** FI − mean FI of the blank wells, per analyte; Bio-Plex's groups' Mean is their RawMean minus that. */
    private static Map<WellPosition, Double> minusBlank(Map<WellPosition, Double> fi, Map<WellPosition, VendorWell> wells) {
        double sum = 0;
        int n = 0;
        for (VendorWell w : wells.values()) {
            Double v = fi.get(w.well());
            if (w.type() == VendorWellType.BACKGROUND && v != null) { sum += v; n++; }
        }
        if (n == 0) return Map.of();
        double blank = sum / n;
        Map<WellPosition, Double> out = new TreeMap<>();
        fi.forEach((w, v) -> out.put(w, v - blank));
        return out;
    }

    private static String plateName(SourceFile file, XmlElement root) {
        String id = root.child("Wells").flatMap(w -> w.child("Well")).map(w -> w.childText("PlateID")).orElse(null);
        if (id != null && !id.isBlank()) return id.strip();
        String doc = root.childText("NativeDocumentName");
        if (doc != null && !doc.isBlank()) return doc.strip();
        int dot = file.name().lastIndexOf('.');
        return dot > 0 ? file.name().substring(0, dot) : file.name();
    }

    static XmlElement required(SourceFile file, XmlElement parent, String child) throws ImportException {
        return parent.child(child).orElseThrow(() -> new ImportException(file.name(), parent.location(), "no <" + child + "> element"));
    }

    private static String abbreviate(List<String> names) {
        Set<String> s = new LinkedHashSet<>(names);
        List<String> l = List.copyOf(s);
        return l.size() <= 5 ? String.join(", ", l) : String.join(", ", l.subList(0, 5)) + ", …";
    }
}

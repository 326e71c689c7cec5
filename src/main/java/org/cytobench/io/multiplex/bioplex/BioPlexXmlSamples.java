package org.cytobench.io.multiplex.bioplex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * The {@code Samples} section of a Bio-Plex XML export: the layout (which member well is which blank, standard, control or
 * unknown), expected concentrations per region and level, and per member well and region the FI reading and observed
 * concentration. Every member well must have a reading for every region of the panel: a well without one is a damaged or
 * hand-edited file, refused with the well and the element named.
 */
final class BioPlexXmlSamples {
    private static final Map<String, VendorWellType> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Blanks", VendorWellType.BACKGROUND);
        GROUPS.put("Standards", VendorWellType.STANDARD);
        GROUPS.put("Controls", VendorWellType.CONTROL);
        GROUPS.put("Unknowns", VendorWellType.UNKNOWN);
    }

    final Map<WellPosition, VendorWell> wells = new TreeMap<>();
    /** per region: level → expected concentration (only values > 0: Bio-Plex writes 0 for "not set") */
    final Map<String, Map<String, Double>> expectedByRegion = new LinkedHashMap<>();
    final Map<String, Map<WellPosition, Double>> fi = new LinkedHashMap<>();
    final Map<String, Map<WellPosition, String>> fiMarkers = new LinkedHashMap<>();
    final Map<String, Map<WellPosition, Double>> obsConc = new LinkedHashMap<>();
    final Map<String, Map<WellPosition, String>> obsMarkers = new LinkedHashMap<>();

    private BioPlexXmlSamples(Iterable<String> regions) {
        for (String r : regions) {
            fi.put(r, new TreeMap<>());
            fiMarkers.put(r, new TreeMap<>());
            obsConc.put(r, new TreeMap<>());
            obsMarkers.put(r, new TreeMap<>());
        }
    }

    static BioPlexXmlSamples read(SourceFile file, XmlElement samples, PlateFormat format, Map<String, MultiplexAnalyte> panel)
            throws ImportException {
        BioPlexXmlSamples out = new BioPlexXmlSamples(panel.keySet());
        Map<WellPosition, String> owner = new TreeMap<>();
        for (XmlElement group : samples.children) {
            VendorWellType type = GROUPS.get(group.name);
            if (type == null) continue; // sections Cytobench has no use for
            for (XmlElement sample : group.children) out.sample(file, sample, type, format, panel, owner);
        }
        if (out.wells.isEmpty()) {
            throw new ImportException(file.name(), samples.location(), "no member well in Blanks, Standards, Controls or Unknowns");
        }
        return out;
    }

    private void sample(SourceFile file, XmlElement sample, VendorWellType type, PlateFormat format,
                        Map<String, MultiplexAnalyte> panel, Map<WellPosition, String> owner) throws ImportException {
        String label = sample.childText("Label");
        if (label == null || label.isBlank()) throw new ImportException(file.name(), sample.location(), "a sample without a <Label>");
        label = label.strip();
        String desc = sample.childText("Description");
        Double dilution = null;
        if (sample.child("Dilution").isPresent()) {
            double d = number(file, sample.child("Dilution").get(), "Dilution");
            if (!(d > 0)) throw new ImportException(file.name(), sample.child("Dilution").get().location(), "dilution " + d + " is not > 0");
            dilution = d;
        }
        String level = type == VendorWellType.STANDARD || type == VendorWellType.CONTROL ? label : null;
        if (level != null) expected(file, sample, level);
        List<XmlElement> members = sample.child("MemberWells").map(m -> m.children("MemberWell")).orElse(List.of());
        if (members.isEmpty()) throw new ImportException(file.name(), sample.location(), "sample " + label + " has no <MemberWell>");
        List<WellPosition> positions = new ArrayList<>();
        for (XmlElement m : members) positions.add(position(file, m, format));
        String group = positions.size() > 1 ? String.join(",", positions.stream().map(WellPosition::label).toList()) : null;
        String name = desc == null || desc.isBlank() ? label : desc.strip();
        for (int i = 0; i < members.size(); i++) {
            WellPosition w = positions.get(i);
            String before = owner.putIfAbsent(w, label);
            if (before != null) {
                throw new ImportException(file.name(), members.get(i).location(), "well " + w.label() + " belongs to both " + before + " and " + label);
            }
            wells.put(w, new VendorWell(w, type, name, level, dilution, group));
            readings(file, members.get(i), w, label, panel);
        }
    }

    private void expected(SourceFile file, XmlElement sample, String level) throws ImportException {
        for (XmlElement a : sample.child("Analytes").map(x -> x.children("Analyte")).orElse(List.of())) {
            XmlElement e = a.child("ExpectedConc").orElse(null);
            String region = a.attribute("RegionNumber");
            if (e == null || region == null || !fi.containsKey(region)) continue;
            double x = number(file, e, "ExpectedConc");
            if (x > 0) expectedByRegion.computeIfAbsent(region, k -> new LinkedHashMap<>()).put(level, x);
        }
    }

    private void readings(SourceFile file, XmlElement member, WellPosition w, String label, Map<String, MultiplexAnalyte> panel)
            throws ImportException {
        Map<String, XmlElement> byRegion = new LinkedHashMap<>();
        for (XmlElement a : member.child("MWAnalytes").map(x -> x.children("MWAnalyte")).orElse(List.of())) {
            byRegion.put(a.attribute("RegionNumber"), a);
        }
        for (Map.Entry<String, MultiplexAnalyte> p : panel.entrySet()) {
            String region = p.getKey();
            XmlElement a = byRegion.get(region);
            XmlElement reading = a == null ? null : a.child("Reading").orElse(null);
            if (reading == null) {
                throw new ImportException(file.name(), member.location(), "well " + w.label() + " (" + label + ") has no <Reading> for bead "
                        + "region " + region + " (" + p.getValue().name() + "), which the panel lists");
            }
            if ("false".equalsIgnoreCase(reading.attribute("Valid"))) {
                fiMarkers.get(region).put(w, "invalid");
            } else {
                fi.get(region).put(w, number(file, reading, "Reading"));
            }
            XmlElement obs = a.child("MWObsConc").orElse(null);
            if (obs == null) continue;
            if ("true".equalsIgnoreCase(obs.attribute("ReadingOK"))) {
                obsConc.get(region).put(w, number(file, obs, "MWObsConc"));
            } else {
                String why = obs.attribute("ReadError");
                obsMarkers.get(region).put(w, why == null || why.isBlank() ? "not computed" : why.strip());
            }
        }
    }

    /** RowNo and ColNo (1-based) of a Well or MemberWell, checked against the plate. */
    static WellPosition position(SourceFile file, XmlElement e, PlateFormat format) throws ImportException {
        try {
            int row = Integer.parseInt(e.attribute("RowNo").strip()), col = Integer.parseInt(e.attribute("ColNo").strip());
            if (row < 1 || col < 1 || row > format.rows() || col > format.columns()) {
                throw new ImportException(file.name(), e.location(), "RowNo " + row + ", ColNo " + col + " is not on the "
                        + format.wellCount() + "-well plate");
            }
            return new WellPosition(row - 1, col - 1);
        } catch (NumberFormatException | NullPointerException ex) {
            throw new ImportException(file.name(), e.location(), "RowNo='" + e.attribute("RowNo") + "', ColNo='" + e.attribute("ColNo")
                    + "' is not a well position");
        }
    }

    /** The element's text as a finite number (Bio-Plex writes 3.24500000000000000E+003). */
    static double number(SourceFile file, XmlElement e, String what) throws ImportException {
        try {
            double v = Double.parseDouble(e.text);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new ImportException(file.name(), e.location(), what + " '" + abbreviated(e.text) + "' is not a number");
    }

    private static String abbreviated(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }
}

package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.ReadWarnings;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.PlateData;

/**
 * Molecular Devices SoftMax Pro plain-text export (export format 1.3): {@code ##BLOCKS= n}, then blocks ending in
 * {@code ~End}: {@code Note:} blocks, {@code Plate:} sections (TimeFormat or PlateFormat, endpoint or kinetic, raw or
 * reduced) and {@code Group:} tables. Every plate section becomes a plate; names are made unique ("Plate1", "Plate1 (2)")
 * because SoftMax lets two sections share a name. Group tables are SoftMax's own analysis and are not imported, except
 * that wells they mark Masked are reported. UTF-16LE, windows-1252 and UTF-8, and Excel re-saves (lines padded with
 * tabs) are read alike.
 */
public final class SoftMaxTextImporter implements PlateImporter {

    private static final Pattern BLOCKS = Pattern.compile("^##BLOCKS=\\s*(\\d+)\\s*$");

    @Override
    public String id() { return "softmax-text"; }

    @Override
    public String displayName() { return "Molecular Devices SoftMax Pro (text export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        for (String line : TextDecoder.headLines(file, 8192, 60)) {
            String l = line.strip();
            if (BLOCKS.matcher(l).matches()) return true;
            if (line.startsWith("Plate:\t") && (line.contains("\tTimeFormat\t") || line.contains("\tPlateFormat\t"))) return true;
        }
        return false;
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        String name = file.name();
        if (file.size() == 0) throw new ImportException(name, null, "the file is empty");
        List<String> lines = TextDecoder.lines(file);
        List<PlateData> plates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> nameCount = new HashMap<>();
        Map<String, String> uniqueNames = new HashMap<>();
        SoftMaxGroupMasks masks = new SoftMaxGroupMasks();
        SoftMaxGroupLayout groups = new SoftMaxGroupLayout();
        int declared = -1, complete = 0, i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i < lines.size()) {
            Matcher m = BLOCKS.matcher(lines.get(i).strip());
            if (m.matches()) {
                declared = parseCount(m.group(1), name, i);
                i++;
            }
        }
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int end = endOf(lines, i);
            boolean known = line.startsWith("Plate:") || line.startsWith("Group:") || line.startsWith("Note:");
            if (end < 0) {
                if (known) throw new ImportException(name, "line " + (i + 1), "the " + kind(line) + " starting here has no ~End line;"
                        + " the file looks truncated");
                continue; // a trailer such as "Original Filename: …; Date Last Saved: …"
            }
            if (!known) {
                // SoftMax writes only these three block kinds; anything else before an ~End is a damaged block, and
                // skipping it could silently lose a plate whose Plate: line is missing
                throw new ImportException(name, "line " + (i + 1), "expected a block starting with Plate:, Group: or Note:, found '"
                        + abbreviate(line) + "'");
            }
            if (line.startsWith("Plate:")) {
                SoftMaxPlateHeader h = SoftMaxPlateHeader.parse(line, name, "line " + (i + 1));
                String unique = unique(h.name(), nameCount, warnings);
                uniqueNames.put(h.name(), unique);
                SoftMaxSection s = new SoftMaxSection(name, lines.subList(i + 1, end), i + 2, end + 1);
                PlateData p = h.timeFormat() ? SoftMaxTimeFormatReader.read(s, h, unique) : SoftMaxPlateFormatReader.read(s, h, unique);
                plates.add(p);
                warnings.addAll(ReadWarnings.forPlate(p));
                if (h.reducedOnly()) {
                    warnings.add(unique + ": the file carries only reduced values (SoftMax data type 'Reduced'); the raw "
                            + String.join(" and ", h.readNames().stream().map(SoftMaxPlateFormatReader::describe).toList())
                            + " reads are not in the export");
                }
            } else if (line.startsWith("Group:")) {
                masks.scan(lines.subList(i, end), plates.isEmpty() ? null : plates.get(plates.size() - 1).name(), uniqueNames);
                groups.scan(lines.subList(i, end), plates.isEmpty() ? null : plates.get(plates.size() - 1).name(), uniqueNames);
            }
            complete++;
            i = end;
        }
        if (declared >= 0 && complete < declared) {
            throw new ImportException(name, "line " + lines.size(), "the file declares " + declared + " blocks (##BLOCKS= "
                    + declared + ") but only " + complete + " end with ~End; it looks truncated");
        }
        if (plates.isEmpty()) {
            throw new ImportException(name, null, "no plate section (a line starting with 'Plate:') was found; "
                    + "expected a SoftMax Pro text export with plate data");
        }
        warnings.addAll(masks.warnings());
        warnings.addAll(groups.warnings());
        return new ImportResult(name, id(), plates, warnings, groups.layouts());
    }

    /** Index of the first ~End line after {@code start}, or -1. */
    private static int endOf(List<String> lines, int start) {
        for (int j = start + 1; j < lines.size(); j++) {
            String l = lines.get(j).strip();
            if (l.startsWith("~End")) return j;
        }
        return -1;
    }

    private static String abbreviate(String line) {
        String l = line.replace('\t', ' ').strip();
        return l.length() > 40 ? l.substring(0, 40) + "…" : l;
    }

    private static String kind(String line) {
        if (line.startsWith("Plate:")) return "plate section";
        if (line.startsWith("Group:")) return "group table '" + line.substring(6).strip() + "'";
        return "note block";
    }

    private static String unique(String original, Map<String, Integer> count, List<String> warnings) {
        int n = count.merge(original, 1, Integer::sum);
        if (n == 1) return original;
        String unique = original + " (" + n + ")";
        warnings.add("two or more plate sections are named '" + original + "'; this one is imported as '" + unique + "'");
        return unique;
    }

    private static int parseCount(String digits, String name, int index) throws ImportException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ImportException(name, "line " + (index + 1), "expected a block count after ##BLOCKS=, found '" + digits + "'");
        }
    }
}

package org.cytobench.io.multiplex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cytobench.io.SourceFile;

/**
 * Cheap sniffing of an xlsx for multiplex exports: the text of its shared strings and of every worksheet (the first
 * 256 KB of each). Unlike {@code WorkbookSniffer}, which looks at the first sheet only, this also sees a vendor table on a
 * later sheet written with inline strings (MSD's "Workbench data" sheet). Never throws.
 */
public final class XlsxText {
    private XlsxText() {}

    private static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_ENTRIES = 500;

    public static boolean containsAll(SourceFile file, String... needles) {
        if (!file.isSpreadsheet() || file.head(2)[1] != 'K') return false;
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < MAX_ENTRIES) {
                String name = e.getName();
                if (name.equals("xl/sharedStrings.xml") || (name.startsWith("xl/worksheets/sheet") && name.endsWith(".xml"))) {
                    sb.append(new String(zip.readNBytes(MAX_BYTES), StandardCharsets.UTF_8)).append('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged zip: whatever was read so far is all there is to sniff
        }
        for (String s : needles) if (sb.indexOf(s) < 0) return false;
        return true;
    }
}

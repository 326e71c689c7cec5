package org.cytobench.io;

import java.util.List;

/** Checks shared by the importers of text exports before they parse. */
public final class TextExports {
    private TextExports() {}

    /**
     * The file's lines, or an error saying plainly that it is a workbook, binary or empty rather than the expected text
     * export (a parser would otherwise report a confusing "line 1" problem).
     */
    public static List<String> lines(SourceFile file, String expected) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        if (file.isSpreadsheet()) throw new ImportException(file.name(), null, "is an Excel workbook, not " + expected);
        if (TextDecoder.looksBinary(file.head(64 * 1024))) {
            throw new ImportException(file.name(), null, "holds binary data, not " + expected);
        }
        return TextDecoder.lines(file);
    }
}

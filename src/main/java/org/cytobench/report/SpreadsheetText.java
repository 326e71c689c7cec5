package org.cytobench.report;

/**
 * Text cells made safe for spreadsheets (CSV formula injection, OWASP): a spreadsheet that opens a CSV or receives
 * pasted text runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula (and some also after
 * a leading tab or carriage return), so a sample named {@code =HYPERLINK(…)} could run when wells.csv is opened. Such text
 * gets a leading apostrophe, which spreadsheets read as "this is text".
 *
 * <p>The rule is decided by type, never by looking at the characters of a number: numbers (and the empty cell) are data
 * and written as they are, so {@code -0.5} stays a negative number; only text is neutralised. Cells in an xlsx workbook
 * need none of this: a text cell there is never a formula.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    /** {@code text} with a leading {@code '} when a spreadsheet would read it as a formula, else unchanged. */
    public static String neutralised(String text) {
        if (text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /**
     * One text cell of tab-separated clipboard text: neutralised, and tabs and line breaks turned into spaces so that
     * the cell stays one cell.
     */
    public static String tsvCell(String text) {
        if (text == null) return "";
        return neutralised(text).replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}

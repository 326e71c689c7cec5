package org.cytobench.ui;

/** A view whose selection can be copied to the clipboard (Edit → Copy, Ctrl+C) as tab-separated text. */
public interface Copyable {
    /**
     * Tab-separated rows with a header line, or "" when nothing is selected. Text cells go through
     * {@link org.cytobench.report.SpreadsheetText#tsvCell}, so that a name starting with "=" never runs as a formula where
     * it is pasted; numbers are written as they are.
     */
    String copyText();
}

package org.cytobench.ui;

/** A view whose selection can be copied to the clipboard (Edit → Copy, Ctrl+C) as tab-separated text. */
public interface Copyable {
    /** Tab-separated rows with a header line, or "" when nothing is selected. */
    String copyText();
}

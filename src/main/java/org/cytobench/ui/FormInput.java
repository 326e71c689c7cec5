package org.cytobench.ui;

/** Reading what a scientist typed into the editors' fields, with messages that name the field. */
public final class FormInput {
    private FormInput() {}

    /** A number typed as "62.5" or "62,5"; a message naming the field when it is not one. */
    public static double number(String text, String what) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + (text == null ? "" : text.strip()) + "'");
        }
    }

    /** As {@link #number}, but an empty field is null. */
    public static Double optionalNumber(String text, String what) {
        return text == null || text.isBlank() ? null : number(text, what);
    }

    /** "1 well", "3 wells" — for undo labels and selection summaries. */
    public static String wells(int n) { return n == 1 ? "1 well" : n + " wells"; }
}

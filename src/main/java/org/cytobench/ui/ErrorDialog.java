package org.cytobench.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.cytobench.io.ImportException;

/** A short error dialog: one sentence as the message, the technical details (stack trace) folded away. */
public final class ErrorDialog {
    private ErrorDialog() {}

    public static Alert create(Window owner, String message, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle("Cytobench");
        // wrapped labels of a fixed width: a long file name or sentence must not widen the dialog past the screen
        javafx.scene.control.Label header = new javafx.scene.control.Label(message);
        header.setWrapText(true);
        header.setMaxWidth(WIDTH - 40);
        header.setStyle("-fx-font-weight: bold; -fx-padding: 12 16 6 16;");
        alert.getDialogPane().setHeader(header);
        String why = explanation(cause);
        // the same sentence twice says nothing more: keep the reason only when it adds something
        if (sameSentence(message, why)) why = "";
        javafx.scene.control.Label content = new javafx.scene.control.Label(why);
        content.setWrapText(true);
        content.setMaxWidth(WIDTH - 40);
        alert.getDialogPane().setContent(content);
        if (cause != null) {
            StringWriter trace = new StringWriter();
            if (cause instanceof ImportException) trace.append(knownFormats()).append("\n\n");
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            details.setPrefWidth(WIDTH - 40);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.getDialogPane().setMinWidth(WIDTH);
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.getDialogPane().setMaxWidth(WIDTH);
        return alert;
    }

    /** Wide enough for two lines of a typical message, narrow enough for a 1366-pixel screen with room to spare. */
    static final double WIDTH = 560;

    static boolean sameSentence(String a, String b) {
        String x = a == null ? "" : a.strip().replaceAll("[.\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
        String y = b == null ? "" : b.strip().replaceAll("[.\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
        return !y.isEmpty() && (x.equals(y) || x.contains(y));
    }

    /** For an import that failed: the formats Cytobench reads, so the scientist can pick one under File → Import. */
    static String knownFormats() {
        StringBuilder s = new StringBuilder("Formats Cytobench reads (choose one in the import preview if detection fails):");
        for (org.cytobench.io.PlateImporter p : org.cytobench.io.PlateImporters.all()) s.append("\n  ").append(p.id()).append(" — ").append(p.displayName());
        return s.toString();
    }

    /**
     * The one-line reason under the message: an import error's own sentence (it names the file and line), else the
     * exception's message when it reads like a sentence; never a class name or a trace.
     */
    static String explanation(Throwable cause) {
        if (cause == null) return "";
        Throwable t = cause;
        while (t.getCause() != null && !(t instanceof ImportException) && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank() || m.contains("Exception")) return "See the details for what went wrong.";
        String firstWord = m.split("[ ,:]", 2)[0];
        // a message that starts with a file name ("plate.txt, line 14: …") keeps the name as it is spelled
        String start = firstWord.contains(".") ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return start + (m.endsWith(".") ? "" : ".");
    }
}

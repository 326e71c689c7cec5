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
        alert.setHeaderText(message);
        alert.setContentText(explanation(cause));
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.getDialogPane().setMinWidth(520);
        return alert;
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

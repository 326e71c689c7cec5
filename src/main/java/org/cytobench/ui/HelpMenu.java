package org.cytobench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.cytobench.desktop.AboutText;
import org.cytobench.desktop.AppDirectories;
import org.cytobench.desktop.AppVersion;

/**
 * Help: the documents packed in the jar (shown as text, so they work with no browser and no network) and About. The
 * documents are markdown, readable as plain text.
 */
final class HelpMenu {

    private HelpMenu() {}

    static Menu create(java.util.function.Supplier<Window> owner) {
        Menu help = new Menu("Help");
        help.setId("menu-help");
        Menu docs = new Menu("Documentation");
        for (AboutText.Doc d : AboutText.DOCS) {
            MenuItem i = new MenuItem(d.title());
            i.setOnAction(e -> show(owner.get(), d.title(), read(d.resource())));
            docs.getItems().add(i);
        }
        MenuItem about = new MenuItem("About Cytobench");
        about.setId("menu-about");
        about.setOnAction(e -> show(owner.get(), "About Cytobench", AboutText.of(AppVersion.current(), AppDirectories.current())));
        help.getItems().addAll(docs, about);
        return help;
    }

    static String read(String resource) {
        try (InputStream in = HelpMenu.class.getResourceAsStream(resource)) {
            return in == null ? resource + " is not in this build." : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return resource + " could not be read: " + e.getMessage();
        }
    }

    private static void show(Window owner, String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(760, 520);
        area.setStyle("-fx-font-family: monospace;");
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(area);
        a.setResizable(true);
        a.show();
    }
}

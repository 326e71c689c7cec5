package org.cytobench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cytobench.project.ProjectFiles;

/** The workbench window the TestFX tests drive: 1366 × 768 (the smallest screen we support), errors collected. */
final class TestWorkbench {
    private TestWorkbench() {}

    /** Shows a workbench on {@code stage} whose recent files live in {@code recentFile} and whose errors go to {@code errors}. */
    static MainView show(Stage stage, Path recentFile, List<String> errors) {
        MainViewModel model = new MainViewModel(new ProjectFiles(), new RecentFiles(recentFile), (m, c) -> errors.add(m));
        MainView view = new MainView(model);
        Scene scene = new Scene(view, 1366, 768);
        CytobenchApp.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.document().titleProperty());
        stage.show();
        return view;
    }
}

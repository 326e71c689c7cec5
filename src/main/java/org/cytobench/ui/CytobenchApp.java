package org.cytobench.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The Cytobench workbench. Started through {@link Launcher} from the jar. With {@code -Dcytobench.screenshots=DIR} it
 * opens each screen once, saves PNGs of them into DIR and quits (used by docs/screenshots.sh).
 */
public final class CytobenchApp extends Application {

    public static final String STYLESHEET = "/org/cytobench/ui/cytobench.css";

    private Stage stage;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        ErrorReporter errors = (message, cause) -> ErrorDialog.create(stage, message, cause).show();
        MainViewModel model = new MainViewModel(new org.cytobench.project.ProjectFiles(), RecentFiles.inUserHome(), errors);
        MainView view = new MainView(model);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = windowSize(screen);
        Scene scene = new Scene(view, size[0], size[1]);
        install(scene);
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.titleProperty().bind(model.document().titleProperty());
        stage.setOnCloseRequest(e -> { if (!view.confirmDiscard()) e.consume(); });
        stage.show();
        StartupClock.mark("window");
        String shots = System.getProperty("cytobench.screenshots");
        if (shots != null) {
            stage.setX(0);
            stage.setY(0);
            new ScreenshotTour(view, stage, Path.of(shots), System.getProperty("cytobench.windowSize", "")).run();
        } else {
            java.util.Optional<Path> first = getParameters().getUnnamed().stream().findFirst().map(Path::of)
                    .or(model::fileToOpenAtStart);
            first.ifPresent(f -> model.open(f).addEventHandler(
                    javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> markWhenDrawn(scene)));
        }
    }

    // The next layout pulse after the opened experiment replaced the blank one: its plate is laid out and drawn.
    private static void markWhenDrawn(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            StartupClock.mark("plate");
            scene.removePostLayoutPulseListener(once[0]);
            // -Dcytobench.quitWhenDrawn=true: start-up benchmarks and the AppCDS training run (packaging/) end here
            if (Boolean.getBoolean("cytobench.quitWhenDrawn")) javafx.application.Platform.runLater(javafx.application.Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** 92% of the screen up to 1600×1000, or exactly -Dcytobench.windowSize=WxH (screenshots). */
    private static double[] windowSize(Rectangle2D screen) {
        String fixed = System.getProperty("cytobench.windowSize");
        if (fixed != null && fixed.matches("\\d+x\\d+")) {
            String[] p = fixed.split("x");
            return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
        }
        if (screen.getWidth() <= 1440) return new double[] {screen.getWidth(), screen.getHeight()}; // small screens: all of it
        return new double[] {Math.min(1600, screen.getWidth() * 0.92), Math.min(1000, screen.getHeight() * 0.92)};
    }

    /** Adds the workbench stylesheet to a scene (dialogs and tests use it too). */
    public static void install(Scene scene) {
        scene.getStylesheets().add(CytobenchApp.class.getResource(STYLESHEET).toExternalForm());
    }
}

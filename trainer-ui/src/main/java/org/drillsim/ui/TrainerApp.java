package org.drillsim.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.ui.view.TrainerView;

import java.util.function.Consumer;

/** The JavaFX application of the trainer; started by {@link TrainerLauncher}. */
public final class TrainerApp extends Application {
    /** The trainer's size on a large screen; smaller screens get their whole visible area. */
    static final double PREFERRED_WIDTH = 1600;
    static final double PREFERRED_HEIGHT = 1000;
    /** Below this the panels no longer fit their controls. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 600;

    private volatile DrillSession session;

    @Override
    public void start(Stage stage) {
        TrainerLauncher.Loading loading = TrainerLauncher.pending();
        if (loading == null) throw new IllegalStateException("start the trainer through TrainerLauncher.run / 请通过 drillsim ui 启动");
        stage.setOnCloseRequest(e -> Platform.exit());
        open(stage, loading, s -> session = s, failure -> {
            TrainerLauncher.failed(failure);
            Platform.exit();
        });
    }

    /**
     * Shows the splash in {@code stage} at once, builds the session with {@code loading}'s loader on a background
     * thread, then replaces the splash by the trainer sized to the screen. Call on the JavaFX thread.
     *
     * @param onLoaded  receives the session on the JavaFX thread before it is shown
     * @param onFailure receives what the loader threw, on the JavaFX thread
     */
    static void open(Stage stage, TrainerLauncher.Loading loading, Consumer<DrillSession> onLoaded, Consumer<Throwable> onFailure) {
        Messages msg = new Messages(loading.language());
        Splash splash = new Splash(msg);
        stage.titleProperty().bind(msg.bind("splash.title"));
        stage.setScene(new Scene(splash, 560, 260));
        stage.centerOnScreen();
        stage.show();
        Thread loader = new Thread(() -> {
            try {
                DrillSession s = loading.loader().load(step -> Platform.runLater(() -> splash.step(step)));
                Platform.runLater(() -> {
                    onLoaded.accept(s);
                    showTrainer(stage, s, msg, loading);
                });
            } catch (Throwable t) { // a failed load closes the splash and is reported by the launcher's caller
                Platform.runLater(() -> onFailure.accept(t));
            }
        }, "drillsim-load");
        loader.setDaemon(true);
        loader.start();
    }

    private static void showTrainer(Stage stage, DrillSession session, Messages msg, TrainerLauncher.Loading loading) {
        TrainerView view = new TrainerView(session, msg, loading.role());
        TrainerWindows windows = new TrainerWindows(session, msg, view, stage);
        view.setOnReview(windows::openReview);
        view.setOnExport(windows::export);
        fitToScreen(stage, Screen.getPrimary().getVisualBounds(), PREFERRED_WIDTH, PREFERRED_HEIGHT);
        stage.setScene(new Scene(view));
        var name = session.site().scenario().name();
        stage.titleProperty().unbind();
        stage.titleProperty().bind(msg.bind("app.title", name.zh()));
        msg.languageProperty().addListener((o, a, b) -> {
            stage.titleProperty().unbind();
            stage.titleProperty().bind(msg.bind("app.title", msg.isEnglish() ? name.en() : name.zh()));
        });
    }

    /**
     * Sizes and places {@code stage} for a screen whose visible area (without task bars) is {@code screen}: the
     * preferred size where it fits, else the whole visible area, so a 1366×768 office screen shows every control.
     */
    static void fitToScreen(Stage stage, Rectangle2D screen, double preferredWidth, double preferredHeight) {
        double w = Math.min(preferredWidth, screen.getWidth());
        double h = Math.min(preferredHeight, screen.getHeight());
        stage.setMinWidth(Math.min(MIN_WIDTH, w));
        stage.setMinHeight(Math.min(MIN_HEIGHT, h));
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
    }

    @Override
    public void stop() {
        if (session != null) session.close();
    }
}

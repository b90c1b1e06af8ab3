package org.drillsim.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.view.TrainerView;

/** The JavaFX application of the trainer; started by {@link TrainerLauncher}. */
public final class TrainerApp extends Application {
    private TrainerLauncher.Launch launch;

    @Override
    public void start(Stage stage) {
        launch = TrainerLauncher.pending();
        if (launch == null) throw new IllegalStateException("start the trainer through TrainerLauncher.run / 请通过 drillsim ui 启动");
        Messages msg = TrainerLauncher.messages(launch);
        TrainerView view = new TrainerView(launch.session(), msg, launch.role());
        TrainerWindows windows = new TrainerWindows(launch.session(), msg, view, stage);
        view.setOnReview(windows::openReview);
        view.setOnExport(windows::export);
        Scene scene = new Scene(view, 1600, 1000);
        stage.setScene(scene);
        stage.titleProperty().bind(msg.bind("app.title", launch.session().site().scenario().name().zh()));
        msg.languageProperty().addListener((o, a, b) -> {
            var name = launch.session().site().scenario().name();
            stage.titleProperty().unbind();
            stage.titleProperty().bind(msg.bind("app.title", msg.isEnglish() ? name.en() : name.zh()));
        });
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.show();
    }

    @Override
    public void stop() {
        if (launch != null) launch.session().close();
    }
}

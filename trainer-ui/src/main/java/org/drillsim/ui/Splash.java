package org.drillsim.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;

/**
 * What the window shows while the drill loads (reading a city's map and computing its hazards takes seconds): the
 * program's name, a moving progress bar and the loader's current step, so nobody stares at a blank window.
 */
final class Splash extends VBox {
    private final Label step = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private int steps;

    Splash(Messages msg) {
        setId("splash");
        Label name = new Label();
        name.textProperty().bind(msg.bind("splash.title"));
        name.setFont(Fonts.bold(26));
        name.setStyle("-fx-text-fill: white;");
        Label sub = new Label();
        sub.textProperty().bind(msg.bind("app.subtitle"));
        sub.setFont(Fonts.regular(15));
        sub.setStyle("-fx-text-fill: #cfd8dc;");
        step.setId("splash-step");
        step.textProperty().bind(msg.bind("splash.loading"));
        step.setFont(Fonts.regular(13));
        step.setStyle("-fx-text-fill: #eceff1;");
        step.setWrapText(true);
        bar.setPrefWidth(440);
        bar.setId("splash-progress");
        getChildren().addAll(name, sub, bar, step);
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(32));
        setStyle("-fx-background-color: #263238; -fx-font-family: '" + Fonts.family() + "';");
    }

    /** Shows the loader's latest step (one line, zh / en). Call on the JavaFX thread. */
    void step(String text) {
        steps++;
        step.textProperty().unbind();
        step.setText(steps + ". " + text);
    }

    /** Steps said so far. */
    int steps() {
        return steps;
    }
}

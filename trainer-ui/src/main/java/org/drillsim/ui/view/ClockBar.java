package org.drillsim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.drillsim.core.SimTime;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.clock.SimDriver;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillSnapshot;

/**
 * The drill clock: play / pause, the four speeds, jump to the next inject, and T+hh:mm in large type for
 * the projector. The simulation runs on the driver's thread; this bar only sends it requests.
 */
public final class ClockBar extends HBox {
    private final SimDriver<DrillSnapshot> driver;
    private final Messages msg;
    private final Button play = new Button();
    private final Label time = new Label("T+00:00");
    private final Label state = new Label();
    private final ToggleGroup speeds = new ToggleGroup();
    private boolean shownPlaying;

    /**
     * @param role    trainees get no "next inject" button (it would reveal that an inject is coming)
     * @param onPause what pausing does (the session also records the clock in the journal)
     */
    public ClockBar(SimDriver<DrillSnapshot> driver, Messages msg, org.drillsim.ui.session.DrillRole role, Runnable onPause) {
        this.driver = driver;
        this.msg = msg;
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));

        play.setId("play");
        play.setFont(Fonts.bold(16));
        play.setMinWidth(110);
        play.textProperty().bind(msg.bind("clock.play"));
        play.setGraphic(playIcon(false));
        play.setGraphicTextGap(8);
        play.setOnAction(e -> {
            if (driver.isPlaying()) onPause.run();
            else driver.play();
            refresh(null);
        });

        HBox speedBox = new HBox(2);
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(msg.bind("clock.speed"));
        speedLabel.setFont(Fonts.regular(14));
        speedBox.getChildren().add(speedLabel);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        for (double s : SimDriver.SPEEDS) {
            ToggleButton b = new ToggleButton(String.format("%d×", (long) s));
            b.setId("speed-" + (long) s);
            b.setFont(Fonts.regular(14));
            b.setToggleGroup(speeds);
            b.setUserData(s);
            if (s == driver.speed()) b.setSelected(true);
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true); // a speed is always chosen
                driver.setSpeed(s);
            });
            speedBox.getChildren().add(b);
        }

        Button next = new Button();
        next.setId("next-inject");
        next.setFont(Fonts.regular(14));
        next.textProperty().bind(msg.bind("clock.next-inject"));
        next.setOnAction(e -> {
            DrillSnapshot s = driver.latest();
            if (s != null && !s.upcoming().isEmpty()) driver.jumpTo(s.upcoming().get(0).timeMs());
        });

        // Jumping to the next inject would tell trainees that one is coming: controller only (双盲).
        next.setVisible(role == org.drillsim.ui.session.DrillRole.CONTROLLER);
        next.setManaged(next.isVisible());
        time.setId("clock");
        time.setFont(Fonts.bold(30));
        time.setMinWidth(150);
        state.setId("clock-state");
        state.setFont(Fonts.regular(14));
        state.setStyle("-fx-text-fill: #b71c1c;");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(play, speedBox, next, grow, state, time);
        setStyle("-fx-background-color: #263238;");
        time.setStyle("-fx-text-fill: white;");
        speedLabel.setStyle("-fx-text-fill: #eceff1;");
        msg.languageProperty().addListener((o, a, b) -> refresh(driver.latest()));
    }

    /**
     * The run / pause symbol as a shape: the pause sign (U+23F8) is in no CJK font, so a text glyph would show as a
     * box on office PCs.
     */
    static Node playIcon(boolean playing) {
        SVGPath icon = new SVGPath();
        icon.setContent(playing ? "M0 0h5v14h-5z M9 0h5v14h-5z" : "M1 0L14 7L1 14z");
        icon.setFill(Color.web("#263238"));
        icon.setId(playing ? "icon-pause" : "icon-play");
        return icon;
    }

    /** Shows the snapshot's time and the clock state. */
    public void refresh(DrillSnapshot s) {
        if (s != null) {
            time.setText(SimTime.format(s.timeMs()));
            if (s.finished()) state.setText(msg.get("clock.ended"));
            else if (!driver.isPlaying() && !s.fired().isEmpty() && !s.fired().get(s.fired().size() - 1).adHoc()
                    && s.fired().get(s.fired().size() - 1).timeMs() == s.timeMs())
                state.setText(msg.get("clock.paused-at-inject"));
            else state.setText("");
        }
        boolean playing = driver.isPlaying();
        if (playing != shownPlaying || s == null) {
            play.textProperty().unbind();
            play.textProperty().bind(msg.bind(playing ? "clock.pause" : "clock.play"));
            play.setGraphic(playIcon(playing));
            shownPlaying = playing;
        }
    }
}

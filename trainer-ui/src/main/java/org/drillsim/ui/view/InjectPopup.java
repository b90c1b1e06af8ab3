package org.drillsim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.drillsim.core.SimTime;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.InjectLine;

/**
 * The card that pops up over the map when an inject fires: its time and message in large type, and for
 * the controller also the expected player action (trainees must work that out themselves).
 */
public final class InjectPopup extends VBox {
    private final Messages msg;
    private final DrillRole role;
    private final Label title = new Label();
    private final Label message = new Label();
    private final Label expected = new Label();
    private InjectLine shown;

    public InjectPopup(Messages msg, DrillRole role) {
        this.msg = msg;
        this.role = role;
        setId("inject-popup");
        setSpacing(10);
        setPadding(new Insets(16));
        setMaxSize(560, USE_PREF_SIZE);
        setAlignment(Pos.TOP_LEFT);
        setStyle("-fx-background-color: #fffde7; -fx-border-color: #f57f17; -fx-border-width: 3; -fx-background-radius: 6; -fx-border-radius: 6;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.4), 14, 0, 0, 4);");
        title.setFont(Fonts.bold(20));
        message.setFont(Fonts.regular(20));
        message.setWrapText(true);
        message.setId("inject-message");
        expected.setFont(Fonts.regular(16));
        expected.setWrapText(true);
        expected.setStyle("-fx-text-fill: #4e342e;");
        Button ok = new Button();
        ok.setId("inject-ok");
        ok.textProperty().bind(msg.bind("inject.ok"));
        ok.setFont(Fonts.bold(16));
        ok.setOnAction(e -> hide());
        getChildren().addAll(title, message, expected, ok);
        setVisible(false);
        msg.languageProperty().addListener((o, a, b) -> {
            if (shown != null) fill(shown);
        });
    }

    /** Shows an inject. */
    public void show(InjectLine inject) {
        shown = inject;
        fill(inject);
        setVisible(true);
        toFront();
    }

    /** Hides the card. */
    public void hide() {
        setVisible(false);
    }

    private void fill(InjectLine i) {
        boolean en = msg.isEnglish();
        // the inject's id is for the scenario file, not for the room: the card says what kind of inject it is
        title.setText(SimTime.format(i.timeMs()) + "  " + msg.get(i.adHoc() ? "inject.adhoc" : "inject.title"));
        message.setText(en ? i.inject().message().en() : i.inject().message().zh());
        boolean showExpected = role == DrillRole.CONTROLLER && i.inject().expectedAction() != null;
        expected.setVisible(showExpected);
        expected.setManaged(showExpected);
        if (showExpected) {
            String action = en ? i.inject().expectedAction().en() : i.inject().expectedAction().zh();
            expected.setText(msg.format("inject.expected", action));
        }
    }
}

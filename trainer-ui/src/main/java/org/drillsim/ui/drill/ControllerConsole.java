package org.drillsim.ui.drill;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.drillsim.drill.Channel;
import org.drillsim.drill.DrillClient;
import org.drillsim.drill.ExpectedAction;
import org.drillsim.drill.InboxMessage;
import org.drillsim.drill.Seat;
import org.drillsim.drill.SeatView;
import org.drillsim.drill.Wire;
import org.drillsim.ui.i18n.Fonts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The control cell's console (导调组) of a joint drill: the clock, the inject composer (addressee, channel, text and
 * an optional expected action), every seat's decisions with the answers, the expected actions scored per seat, every
 * message sent, and who is online. It sees everything; the seats see only their own.
 */
public final class ControllerConsole extends BorderPane {
    private static final long MIN = 60_000;

    private final DrillClient client;
    private final Label clock = new Label("T+00:00");
    private final Label state = new Label();
    private final Label answer = new Label();
    private final ComboBox<String> to = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final CheckBox withExpect = new CheckBox("附预期行动 / with an expected action");
    private final ComboBox<String> expectCommand = new ComboBox<>();
    private final TextField expectCount = new TextField("1");
    private final TextField expectMinutes = new TextField("30");
    private final TextField expectText = new TextField();
    private final ComboBox<String> speed = new ComboBox<>(FXCollections.observableArrayList("60", "300", "900", "3600"));
    private final ListView<String> decisions = new ListView<>();
    private final ListView<String> expected = new ListView<>();
    private final ListView<String> messages = new ListView<>();
    private final ListView<String> online = new ListView<>();
    private SeatView last;
    private int injects;

    /**
     * @param client  a client joined as 导调组
     * @param welcome the server's welcome
     */
    public ControllerConsole(DrillClient client, Wire.Welcome welcome) {
        this.client = client;
        setId("controller-console");
        setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: 13px; -fx-background-color: #f6f4f0;");

        Label title = new Label("导调控制台 · " + welcome.name());
        title.setFont(Fonts.bold(18));
        Label scenario = new Label(welcome.scenarioName() + " · 参演席位：" + String.join("、", welcome.seats()));
        clock.setId("console-clock");
        clock.setFont(Fonts.bold(22));
        state.setId("console-state");
        Button play = button("▶ 开始", "console-play", () -> client.send(new Wire.Clock("play", 0, 0)));
        Button pause = button("暂停", "console-pause", () -> client.send(new Wire.Clock("pause", 0, 0)));
        Button step10 = button("+10 分钟", "console-step10", () -> step(10));
        Button step30 = button("+30 分钟", "console-step30", () -> step(30));
        speed.setValue("60");
        speed.setOnAction(e -> client.send(new Wire.Clock("speed", Double.parseDouble(speed.getValue()), 0)));
        Button finish = button("结束推演", "console-finish", () -> client.send(new Wire.Finish()));
        HBox top = new HBox(12, title, clock, state, play, pause, new Label("倍速"), speed, step10, step30, finish);
        top.setPadding(new Insets(8, 12, 4, 12));
        for (Label l : List.of(title, scenario, clock, state)) l.setStyle("-fx-text-fill: white;");
        top.getChildren().forEach(n -> { if (n instanceof Label l) l.setStyle("-fx-text-fill: white;"); });
        VBox head = new VBox(0, top, pad(scenario));
        head.setStyle("-fx-background-color: #5a2e1f;");
        setTop(head);

        List<String> addressees = new ArrayList<>(welcome.seats());
        addressees.add(InboxMessage.EVERYONE);
        to.setId("inject-to");
        to.setItems(FXCollections.observableArrayList(addressees));
        to.getSelectionModel().selectFirst();
        to.setOnAction(e -> refreshExpectCommands());
        channel.setId("inject-channel");
        channel.setItems(FXCollections.observableArrayList(Channel.PHONE, Channel.SMS, Channel.NEWS, Channel.BRIEFING));
        channel.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Channel c) {
                return c == null ? "" : c.zh();
            }

            @Override
            public Channel fromString(String s) {
                return Channel.parse(s);
            }
        });
        channel.getSelectionModel().selectFirst();
        text.setId("inject-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText("注入内容，例如：市一院急诊科来电，已收治 3 名溺水者");
        expectCommand.setId("expect-command");
        expectCommand.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : org.drillsim.drill.CommandWords.zh(t) + "  " + t;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        expectText.setPromptText("预期行动说明，例如：30 分钟内派 2 辆救护车");
        refreshExpectCommands();
        Button send = button("发送注入", "inject-send", this::sendInject);
        answer.setId("console-answer");
        answer.setWrapText(true);
        answer.setPrefWidth(380); // a refusal is shown whole, on as many lines as it needs
        answer.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label("收件席位"), to);
        form.addRow(1, new Label("渠道"), channel);
        form.add(text, 0, 2, 2, 1);
        form.add(withExpect, 0, 3, 2, 1);
        form.addRow(4, new Label("命令"), expectCommand);
        form.addRow(5, new Label("至少 / 分钟内"), new HBox(4, expectCount, expectMinutes));
        form.add(expectText, 0, 6, 2, 1);
        expectCount.setPrefColumnCount(3);
        expectMinutes.setPrefColumnCount(4);
        messages.setId("console-messages");
        messages.setCellFactory(v -> SeatWindow.wrapping());
        VBox left = new VBox(6, SeatWindow.titled("发送注入 / send an inject", new VBox(6, form, send, answer), -1),
                SeatWindow.titled("全部消息 / every message", messages, -1));
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        left.setPrefWidth(400);
        setLeft(left);

        decisions.setId("console-decisions");
        decisions.setCellFactory(v -> SeatWindow.wrapping());
        setCenter(SeatWindow.titled("各席位决策 / every seat's decisions", decisions, -1));

        expected.setId("console-expected");
        expected.setCellFactory(v -> SeatWindow.wrapping());
        online.setId("console-online");
        online.setPrefHeight(120);
        VBox right = new VBox(6, SeatWindow.titled("预期行动评估 / expected actions", expected, -1),
                SeatWindow.titled("在线 / online", online, -1));
        VBox.setVgrow(right.getChildren().get(0), Priority.ALWAYS);
        right.setPrefWidth(420);
        setRight(right);

        client.onMessage(m -> Platform.runLater(() -> onMessage(m)));
        SeatView v = client.lastView();
        if (v != null) show(v);
    }

    private void refreshExpectCommands() {
        Seat s = Seat.find(to.getValue()).orElse(null);
        List<String> cmds = s == null ? List.of() : new ArrayList<>(s.commands());
        cmds.sort(null);
        expectCommand.setItems(FXCollections.observableArrayList(cmds));
        expectCommand.getSelectionModel().selectFirst();
        withExpect.setDisable(s == null);
        if (s == null) withExpect.setSelected(false);
    }

    private void step(int minutes) {
        if (last != null) client.send(new Wire.Clock("step", 0, last.timeMs() + minutes * MIN));
    }

    /** Sends the inject on the form. */
    void sendInject() {
        if (text.getText().isBlank()) {
            answer.setText("× 注入内容为空 / the inject has no text");
            return;
        }
        List<ExpectedAction> expect = List.of();
        if (withExpect.isSelected()) {
            try {
                int n = Integer.parseInt(expectCount.getText().trim());
                double min = Double.parseDouble(expectMinutes.getText().trim());
                String words = expectText.getText().isBlank() ? min + " 分钟内" + expectCommand.getValue() + " ×" + n : expectText.getText().trim();
                expect = List.of(new ExpectedAction("ctl-" + System.currentTimeMillis() + "-" + (++injects), to.getValue(),
                        expectCommand.getValue(), Set.of(), n, null, min, words));
            } catch (NumberFormatException e) {
                answer.setText("× 数量与分钟应为数字 / count and minutes are numbers");
                return;
            }
        }
        client.send(new Wire.SendInject(to.getValue(), channel.getValue(), text.getText().trim(), expect));
        answer.setText("已发送给 " + to.getValue() + "（" + channel.getValue().zh() + "）");
        text.clear();
    }

    /** Fills the inject form (tests and keyboard users). */
    void compose(String addressee, Channel ch, String message) {
        to.setValue(addressee);
        refreshExpectCommands();
        channel.setValue(ch);
        text.setText(message);
    }

    private void onMessage(Wire.Out m) {
        if (m instanceof Wire.View v) show(v.view());
        else if (m instanceof Wire.Error e) answer.setText("× " + e.message());
    }

    /** Shows the whole drill (FX thread). */
    public void show(SeatView v) {
        last = v;
        clock.setText(DrillText.time(v.timeMs()));
        state.setText(v.ended() ? "推演结束" : v.running() ? "进行中 ×" + (int) v.speed() : "暂停");
        List<String> ds = new ArrayList<>();
        for (int i = v.decisions().size() - 1; i >= 0; i--) ds.add(DrillText.decision(v.decisions().get(i), true));
        decisions.getItems().setAll(ds);
        expected.getItems().setAll(v.expected().stream().map(o -> DrillText.outcome(o, true)).toList());
        List<String> ms = new ArrayList<>();
        for (int i = v.inbox().size() - 1; i >= 0; i--) {
            InboxMessage m = v.inbox().get(i);
            ms.add("→ " + m.to() + "  " + DrillText.message(m));
        }
        messages.getItems().setAll(ms);
        online.getItems().setAll(v.online());
    }

    private static Button button(String label, String id, Runnable r) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> r.run());
        return b;
    }

    private static Label pad(Label l) {
        l.setPadding(new Insets(0, 12, 6, 12));
        return l;
    }
}

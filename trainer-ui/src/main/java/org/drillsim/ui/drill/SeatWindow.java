package org.drillsim.ui.drill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.drillsim.drill.CommandWords;
import org.drillsim.drill.DrillClient;
import org.drillsim.drill.Seat;
import org.drillsim.drill.SeatView;
import org.drillsim.drill.Wire;
import org.drillsim.ui.i18n.Fonts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A player seat's window in a joint drill (医疗救护组 …): its inbox, its own units, the tasks it was told about, an
 * order form offering only its group's commands and units, its decisions with the server's answers in words, and
 * its expected actions. Everything comes from the server's view of this seat; the server, not this window, enforces
 * the permissions.
 */
public final class SeatWindow extends BorderPane {
    private final DrillClient client;
    private final Seat seat;
    private final Label clock = new Label("T+00:00");
    private final Label state = new Label();
    private final Label answer = new Label();
    private final ListView<String> inbox = new ListView<>();
    private final TableView<SeatView.UnitLine> units = new TableView<>();
    private final TableView<SeatView.TaskLine> tasks = new TableView<>();
    private final ListView<String> decisions = new ListView<>();
    private final ListView<String> expected = new ListView<>();
    private final ComboBox<String> command = new ComboBox<>();
    private final ComboBox<String> unit = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final TextField lat = new TextField();
    private final TextField lon = new TextField();
    private final TextField radius = new TextField("300");
    private SeatView last;

    /**
     * @param client  a client that has joined as this seat
     * @param welcome the server's welcome
     */
    public SeatWindow(DrillClient client, Wire.Welcome welcome) {
        this.client = client;
        this.seat = Seat.find(welcome.seat()).orElseThrow();
        setId("seat-window");
        setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: 13px; -fx-background-color: #f4f6f8;");

        Label title = new Label("联合推演 · " + seat.zh() + " · " + welcome.name());
        title.setId("seat-title");
        title.setFont(Fonts.bold(18));
        Label scenario = new Label(welcome.scenarioName());
        clock.setId("seat-clock");
        clock.setFont(Fonts.bold(22));
        state.setId("seat-state");
        HBox top = new HBox(18, title, scenario, clock, state);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.setStyle("-fx-background-color: #1f3a5f; -fx-text-fill: white;");
        for (Label l : List.of(title, scenario, clock, state)) l.setStyle("-fx-text-fill: white;");
        setTop(top);

        inbox.setId("seat-inbox");
        inbox.setCellFactory(v -> wrapping());
        setLeft(titled("收件箱 / inbox", inbox, 360));

        units.setId("seat-units");
        units.getColumns().add(column("单位", u -> u.name()));
        units.getColumns().add(column("编号", SeatView.UnitLine::id));
        units.getColumns().add(column("类型", u -> DrillText.unitType(u.type())));
        units.getColumns().add(column("状态", u -> DrillText.status(u.status())));
        units.getColumns().add(column("任务", u -> u.taskId() == null ? "" : u.taskId()));
        units.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tasks.setId("seat-tasks");
        tasks.getColumns().add(column("任务", SeatView.TaskLine::id));
        tasks.getColumns().add(column("类型", t -> DrillText.taskKind(t.kind())));
        tasks.getColumns().add(column("优先级", t -> Integer.toString(t.priority())));
        tasks.getColumns().add(column("位置", t -> String.format("%.4f, %.4f", t.lat(), t.lon())));
        tasks.getColumns().add(column("报告", t -> DrillText.time(t.createdMs())));
        tasks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox center = new VBox(6, titled("本组单位 / our units", units, -1), titled("待处置 / reported tasks", tasks, -1));
        VBox.setVgrow(center.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(center.getChildren().get(1), Priority.ALWAYS);
        center.setPadding(new Insets(0, 6, 0, 6));
        setCenter(center);

        command.setId("seat-command");
        List<String> types = new ArrayList<>(seat.commands());
        types.sort(null);
        command.setItems(FXCollections.observableArrayList(types));
        command.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : CommandWords.zh(t) + "  " + t;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        command.getSelectionModel().selectFirst();
        command.setOnAction(e -> refreshForm());
        unit.setId("seat-unit");
        target.setId("seat-target");
        target.setEditable(true);
        Button send = new Button("下达命令");
        send.setId("seat-send");
        send.setDefaultButton(true);
        send.setOnAction(e -> send());
        answer.setId("seat-answer");
        answer.setWrapText(true);
        answer.setPrefWidth(380); // a refusal is shown whole, on as many lines as it needs
        answer.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label("命令"), command);
        form.addRow(1, new Label("单位"), unit);
        form.addRow(2, new Label("目标"), target);
        form.addRow(3, new Label("纬度/经度"), new HBox(4, lat, lon));
        form.addRow(4, new Label("半径 m"), radius);
        lat.setPrefColumnCount(7);
        lon.setPrefColumnCount(7);
        radius.setPrefColumnCount(5);
        decisions.setId("seat-decisions");
        decisions.setCellFactory(v -> wrapping());
        expected.setId("seat-expected");
        expected.setCellFactory(v -> wrapping());
        expected.setPrefHeight(130);
        VBox right = new VBox(6, titled("下达命令 / order", new VBox(6, form, send, answer), -1),
                titled("本组决策 / our decisions", decisions, -1), titled("预期行动 / expected actions", expected, -1));
        VBox.setVgrow(right.getChildren().get(1), Priority.ALWAYS);
        right.setPrefWidth(400);
        setRight(right);
        setPadding(new Insets(0, 0, 6, 0));

        client.onMessage(m -> Platform.runLater(() -> onMessage(m)));
        SeatView v = client.lastView();
        if (v != null) show(v);
        refreshForm();
    }

    private void onMessage(Wire.Out m) {
        if (m instanceof Wire.View v) show(v.view());
        else if (m instanceof Wire.Error e) answer.setText("× " + e.message());
        else if (m instanceof Wire.Queued q) answer.setText("已受理，下一时钟节拍执行 / queued (#" + q.seatSeq() + ")");
        else if (m instanceof Wire.Result r) answer.setText(r.decision().accepted() ? "✓ 已执行" : "× 未执行：" + r.decision().reason());
    }

    /** Shows a view of this seat (FX thread). */
    public void show(SeatView v) {
        last = v;
        clock.setText(DrillText.time(v.timeMs()));
        state.setText(v.ended() ? "推演结束" : v.running() ? "进行中 ×" + (int) v.speed() : "暂停");
        List<String> msgs = new ArrayList<>();
        for (int i = v.inbox().size() - 1; i >= 0; i--) msgs.add(DrillText.message(v.inbox().get(i)));
        inbox.getItems().setAll(msgs);
        units.getItems().setAll(v.units());
        tasks.getItems().setAll(v.tasks());
        List<String> ds = new ArrayList<>();
        for (int i = v.decisions().size() - 1; i >= 0; i--) ds.add(DrillText.decision(v.decisions().get(i), false));
        decisions.getItems().setAll(ds);
        expected.getItems().setAll(v.expected().stream().map(o -> DrillText.outcome(o, false)).toList());
        refreshForm();
    }

    private void refreshForm() {
        if (last == null) return;
        String type = command.getValue();
        String u = unit.getValue();
        String t = target.getValue();
        boolean unitOrder = List.of("dispatch", "reassign", "pre-position").contains(type);
        unit.setDisable(!unitOrder);
        unit.setItems(FXCollections.observableArrayList(last.units().stream().map(SeatView.UnitLine::id).toList()));
        if (u != null && unit.getItems().contains(u)) unit.setValue(u);
        List<String> targets = switch (type == null ? "" : type) {
            case "dispatch", "reassign" -> last.tasks().stream().map(SeatView.TaskLine::id).toList();
            case "pre-position", "open-shelter", "close-shelter" -> last.facilities().stream().map(SeatView.FacilityLine::id).toList();
            case "request-mutual-aid" -> new ArrayList<>(seat.unitTypes());
            default -> List.of();
        };
        target.setItems(FXCollections.observableArrayList(targets));
        if (t != null) target.setValue(t);
        boolean place = List.of("close-road", "reopen-road").contains(type);
        lat.setDisable(!place);
        lon.setDisable(!place);
        radius.setDisable(!place);
    }

    /** Sends the order on the form. */
    void send() {
        String type = command.getValue();
        ObjectNode c = org.drillsim.drill.Wire.mapper().createObjectNode().put("type", type);
        try {
            switch (type) {
                case "dispatch", "reassign" -> c.put("unitId", unit.getValue()).put("taskId", target.getValue());
                case "pre-position" -> c.put("unitId", unit.getValue()).put("facilityId", target.getValue());
                case "open-shelter", "close-shelter" -> c.put("shelterId", target.getValue());
                case "close-road", "reopen-road" -> {
                    c.putObject("near").put("lat", Double.parseDouble(lat.getText().trim())).put("lon", Double.parseDouble(lon.getText().trim()));
                    c.put("radiusM", Double.parseDouble(radius.getText().trim())).putNull("roadName");
                }
                case "request-mutual-aid" -> c.put("unitType", target.getValue()).put("count", 1).putNull("facilityId").put("delayHours", 2.0);
                case "call-reserve" -> c.put("reserveId", target.getValue());
                default -> {
                    answer.setText("此命令请在导调组协助下录入 / this order is not on the form yet: " + CommandWords.zh(type));
                    return;
                }
            }
        } catch (NumberFormatException e) {
            answer.setText("× 纬度、经度、半径应为数字 / latitude, longitude and radius are numbers");
            return;
        }
        client.order(c);
        answer.setText("已发送 / sent: " + CommandWords.zh(type));
    }

    /** Selects the form's fields (tests and keyboard users). */
    void fill(String type, String unitId, String targetId) {
        command.setValue(type);
        refreshForm();
        unit.setValue(unitId);
        target.setValue(targetId);
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }

    static ListCell<String> wrapping() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    static VBox titled(String title, javafx.scene.Node content, double width) {
        Label l = new Label(title);
        l.setFont(Fonts.bold(14));
        VBox box = new VBox(4, l, content);
        box.setPadding(new Insets(6));
        VBox.setVgrow(content, Priority.ALWAYS);
        if (width > 0) box.setPrefWidth(width);
        return box;
    }
}

package org.drillsim.ui.view;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.map.FacilityMark;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.UnitLine;

import java.util.ArrayList;
import java.util.List;

/** The situation: every unit with what it does, every facility with its state, and the open tasks. */
public final class StatusPanel extends VBox {
    private final Messages msg;
    private final ListView<String> units = new ListView<>();
    private final ListView<String> facilities = new ListView<>();
    private final Label tasks = new Label();
    private DrillSnapshot last;

    public StatusPanel(Messages msg) {
        this.msg = msg;
        setSpacing(6);
        setPadding(new Insets(8));
        units.setId("status-units");
        facilities.setId("status-facilities");
        tasks.setId("status-tasks");
        tasks.setFont(Fonts.regular(14));
        VBox.setVgrow(units, Priority.ALWAYS);
        VBox.setVgrow(facilities, Priority.ALWAYS);
        getChildren().addAll(heading("status.units"), units, heading("status.facilities"), facilities, tasks);
        msg.languageProperty().addListener((o, a, b) -> {
            if (last != null) refresh(last);
        });
    }

    /** Shows the snapshot's units, facilities and task count. */
    public void refresh(DrillSnapshot s) {
        last = s;
        List<String> u = new ArrayList<>();
        for (UnitLine l : s.units()) {
            String type = msg.has("unit." + l.type()) ? msg.get("unit." + l.type()) : l.type();
            String status = switch (l.status()) {
                case "available" -> msg.get("status.available");
                case "busy" -> msg.get("status.busy");
                default -> msg.get("status.out");
            };
            u.add(l.id() + "  " + type + "  " + status + (l.task().isEmpty() ? "" : " → " + l.task()));
        }
        if (!u.equals(units.getItems())) units.setItems(FXCollections.observableArrayList(u));
        List<String> f = new ArrayList<>();
        for (FacilityMark m : s.map().facilities()) {
            String state = "";
            if (m.capacity() > 0) {
                state = switch (m.kind()) {
                    case HOSPITAL -> msg.format("status.beds", m.used(), m.capacity());
                    case SHELTER -> msg.format("status.occupancy", m.used(), m.capacity());
                    case DEPOT -> msg.format("status.stock", Math.round(100.0 * (m.capacity() - m.used()) / m.capacity()));
                    default -> "";
                };
            }
            String out = m.available() ? "" : " × " + msg.get("status.out");
            f.add(msg.get(m.kind().messageKey()) + "  " + m.name(msg.isEnglish()) + "  " + state + out);
        }
        if (!f.equals(facilities.getItems())) facilities.setItems(FXCollections.observableArrayList(f));
        long waiting = s.map().casualties().stream().mapToLong(c -> c.waiting()).sum();
        tasks.setText(msg.get("status.tasks") + ": " + s.tasks().size() + "   " + msg.format("status.waiting", waiting));
    }

    private Label heading(String key) {
        Label l = new Label();
        l.textProperty().bind(msg.bind(key));
        l.setFont(Fonts.bold(15));
        return l;
    }
}

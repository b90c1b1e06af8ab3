package org.drillsim.ui.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.drillsim.core.SimTime;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DecisionLine;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.Names;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Every decision with its time, who made it (drill role and command-post role), what, and whether it was accepted. */
public final class DecisionLog extends TableView<DecisionLine> {
    private final Messages msg;
    private final ObservableList<DecisionLine> lines = FXCollections.observableArrayList();
    private List<DecisionLine> shown = List.of();
    private boolean showPlan = true;
    private Names names = Names.NONE;

    public DecisionLog(Messages msg) {
        this.msg = msg;
        setId("decision-log");
        setItems(lines);
        getColumns().add(column("log.time", 80, l -> SimTime.format(l.timeMs())));
        getColumns().add(column("log.role", 230, this::who));
        getColumns().add(column("log.decision", 360, l -> CommandText.describe(l.command(), msg, names)));
        getColumns().add(column("log.result", 260, l -> l.accepted() ? msg.get("log.accepted") : msg.get("log.rejected") + ": " + CommandText.reason(l.reason(), msg)));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.control.Label empty = new javafx.scene.control.Label();
        empty.textProperty().bind(msg.bind("log.empty"));
        setPlaceholder(empty);
        msg.languageProperty().addListener((o, a, b) -> refreshTexts());
    }

    /** Shows only people's decisions (true) or the plan's automatic ones as well (false). */
    public void setPeopleOnly(boolean peopleOnly) {
        showPlan = !peopleOnly;
        fill(shown);
    }

    /** Shows the snapshot's decisions (only when they changed). */
    public void refresh(DrillSnapshot s) {
        if (s.decisions() == shown) return; // the snapshot reuses the list until a decision is added
        shown = s.decisions();
        names = s.names();
        fill(shown);
    }

    /** Number of rows shown (tests). */
    public int rowCount() {
        return lines.size();
    }

    private void fill(List<DecisionLine> all) {
        List<DecisionLine> rows = showPlan ? all : all.stream().filter(l -> !l.drillRole().equals("plan")).toList();
        lines.setAll(rows);
        if (!rows.isEmpty()) scrollTo(rows.size() - 1);
    }

    private void refreshTexts() {
        refresh(); // cell values are computed in the current language
    }

    private String who(DecisionLine l) {
        if (l.drillRole().equals("plan")) return msg.get("role.plan");
        String drill = switch (l.drillRole()) {
            case "controller" -> msg.get("role.controller");
            case "trainee" -> msg.get("role.trainee");
            default -> msg.get("role.plan");
        };
        String post = org.drillsim.world.command.Role.valueOf(l.postRole().toUpperCase(Locale.ROOT)).zh();
        if (msg.isEnglish()) post = org.drillsim.world.command.Role.valueOf(l.postRole().toUpperCase(Locale.ROOT)).en();
        return drill + " · " + post + (l.issuer().isBlank() || l.issuer().equals(l.postRole()) ? "" : " · " + l.issuer());
    }

    private TableColumn<DecisionLine, String> column(String key, double width, Function<DecisionLine, String> value) {
        TableColumn<DecisionLine, String> c = new TableColumn<>();
        c.textProperty().bind(msg.bind(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }
}

package org.drillsim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.ScoreRow;
import org.drillsim.ui.session.ScoreStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live scorecard: per target its current value against the requirement, a trend line, and a traffic
 * light (met, at risk, missed), with the plan clause it comes from in the tooltip.
 */
public final class ScorecardPanel extends VBox {
    private final Messages msg;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final Label empty = new Label();
    private final Map<String, RowNodes> rows = new LinkedHashMap<>();
    private List<ScoreRow> last = List.of();

    private static final class RowNodes {
        final Circle light = new Circle(8);
        final Label label = new Label();
        final Label value = new Label();
        final Label requirement = new Label();
        final Label status = new Label();
        final Sparkline trend = new Sparkline(80, 30);
        final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        ScoreRow row;
    }

    public ScorecardPanel(Messages msg) {
        this.msg = msg;
        setSpacing(6);
        setPadding(new Insets(8));
        title.textProperty().bind(msg.bind("score.title"));
        title.setFont(Fonts.bold(18));
        empty.textProperty().bind(msg.bind("score.pending"));
        empty.setFont(Fonts.regular(14));
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setId("scorecard");
        getChildren().addAll(title, empty, grid);
        msg.languageProperty().addListener((o, a, b) -> relabel());
    }

    /** Shows the scorecard of a snapshot and extends the trend lines. */
    public void refresh(DrillSnapshot s) {
        List<ScoreRow> score = s.score();
        empty.setVisible(score.isEmpty());
        empty.setManaged(score.isEmpty());
        for (ScoreRow r : score) {
            RowNodes n = rows.get(r.id());
            if (n == null) n = addRow(r);
            n.row = r;
            n.trend.add(s.timeMs(), r.value(), r.required());
        }
        last = score;
        relabel();
    }

    /** The value text shown for a target (tests read it). */
    public String valueText(String targetId) {
        RowNodes n = rows.get(targetId);
        return n == null ? null : n.value.getText();
    }

    /** The status of a target as shown. */
    public ScoreStatus status(String targetId) {
        RowNodes n = rows.get(targetId);
        return n == null || n.row == null ? null : n.row.status();
    }

    /** The rows as last shown. */
    public List<ScoreRow> rows() {
        return last;
    }

    private RowNodes addRow(ScoreRow r) {
        RowNodes n = new RowNodes();
        int i = rows.size();
        n.label.setFont(Fonts.regular(15));
        n.label.setWrapText(true);
        n.label.setPrefWidth(215);
        n.label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        n.value.setFont(Fonts.bold(17));
        n.value.setId("score-" + r.id());
        n.value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        n.value.setAlignment(Pos.CENTER_RIGHT);
        n.requirement.setFont(Fonts.regular(12));
        n.requirement.setStyle("-fx-text-fill: #546e7a;");
        n.status.setFont(Fonts.regular(13));
        VBox labelBox = new VBox(0, n.label, n.requirement);
        VBox valueBox = new VBox(0, n.value, n.status);
        valueBox.setAlignment(Pos.CENTER_RIGHT);
        Tooltip.install(n.label, n.tip);
        grid.add(n.light, 0, i);
        grid.add(labelBox, 1, i);
        grid.add(valueBox, 2, i);
        grid.add(n.trend, 3, i);
        rows.put(r.id(), n);
        return n;
    }

    private void relabel() {
        boolean en = msg.isEnglish();
        for (RowNodes n : rows.values()) {
            ScoreRow r = n.row;
            if (r == null) continue;
            n.label.setText(en ? r.label().en() : r.label().zh());
            n.value.setText(r.valueText(msg));
            n.requirement.setText(r.requirementText(msg));
            n.status.setText(msg.get(r.status().messageKey()));
            Color c = colour(r.status());
            n.light.setFill(c);
            n.status.setTextFill(c.darker());
            n.tip.setText(msg.format("score.source", r.source()));
        }
    }

    static Color colour(ScoreStatus s) {
        return switch (s) {
            case PASS -> Color.web("#2e7d32");
            case AT_RISK -> Color.web("#f9a825");
            case FAIL -> Color.web("#c62828");
            case NO_DATA -> Color.web("#9e9e9e");
        };
    }
}

package org.drillsim.ui.review;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.map.MapView;
import org.drillsim.ui.session.DecisionLine;
import org.drillsim.ui.session.ScoreRow;
import org.drillsim.ui.view.CommandText;
import org.drillsim.ui.view.MapLegend;
import org.drillsim.ui.map.WaterArea;
import org.drillsim.hazards.HazardKind;
import org.drillsim.world.ScenarioSite;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The after-action review: the trainees' run and the plan-as-written run on the same seed side by side,
 * a time slider moving both, the targets at the slider's time with the difference the trainees' decisions
 * made, and the trainees' decisions in time order.
 */
public final class ReviewView extends BorderPane {
    private final Messages msg;
    private final MapView traineeMap;
    private final MapView planMap;
    private final Slider slider = new Slider();
    private final Label time = new Label("T+00:00");
    private final Label status = new Label();
    private final TableView<TargetComparison> table = new TableView<>();
    private final ListView<String> decisions = new ListView<>();
    private final AnimationTimer timer;
    private RunRecording trainees;
    private RunRecording plan;
    private final List<HazardKind> hazardKinds; // null: every registered kind

    /** The review of a drill on {@code site}: its rivers and lakes drawn, the key listing its hazards. */
    public ReviewView(ScenarioSite site, Messages msg) {
        this(site.network(), msg, site.scenario().horizonMs(), site.hazards().stream().map(h -> h.kind()).distinct().toList());
        List<WaterArea> water = WaterArea.of(site);
        traineeMap.setWater(water);
        planMap.setWater(water);
    }

    public ReviewView(RoadNetwork network, Messages msg, long horizonMs) {
        this(network, msg, horizonMs, null);
    }

    private ReviewView(RoadNetwork network, Messages msg, long horizonMs, List<HazardKind> hazardKinds) {
        this.msg = msg;
        this.hazardKinds = hazardKinds;
        this.traineeMap = new MapView(network);
        this.planMap = new MapView(network);
        setId("review-view");
        setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: 14px;");
        Label title = new Label();
        title.textProperty().bind(msg.bind("review.title"));
        title.setFont(Fonts.bold(20));
        status.setId("review-status");
        status.textProperty().bind(msg.bind("review.computing"));
        HBox top = new HBox(16, title, status);
        top.setPadding(new Insets(8));
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        SplitPane maps = new SplitPane(labelled("review.trainee", traineeMap, true), labelled("review.plan", planMap, false));
        slider.setId("review-slider");
        slider.setMin(0);
        slider.setMax(horizonMs);
        slider.setDisable(true);
        slider.valueProperty().addListener((o, a, b) -> showAt(b.longValue()));
        HBox.setHgrow(slider, Priority.ALWAYS);
        time.setFont(Fonts.bold(22));
        time.setId("review-time");
        Label sliderLabel = new Label();
        sliderLabel.textProperty().bind(msg.bind("review.slider"));
        HBox sliderBar = new HBox(10, sliderLabel, slider, time);
        sliderBar.setAlignment(Pos.CENTER_LEFT);
        sliderBar.setPadding(new Insets(6, 10, 6, 10));

        table.setId("review-table");
        TableColumn<TargetComparison, String> target = column("review.target", 380, c -> msg.isEnglish() ? c.label().en() : c.label().zh());
        target.setCellFactory(col -> new TableCell<>() {
            // long target names are cut to the column: the whole name in a tooltip
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                tip.setText(v);
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                setTooltip(empty || v == null ? null : tip);
            }
        });
        table.getColumns().add(target);
        table.getColumns().add(column("review.trainee", 130, c -> text(c.trainees())));
        table.getColumns().add(column("review.plan", 130, c -> text(c.plan())));
        TableColumn<TargetComparison, String> diff = column("review.difference", 120, c -> Double.isNaN(c.difference()) ? "—"
                : msg.format("review.points", String.format(Locale.ROOT, "%+.1f", 100 * c.difference())));
        diff.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                TargetComparison c = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(c == null || Double.isNaN(c.difference()) || c.difference() == 0 ? ""
                        : c.difference() > 0 ? "-fx-text-fill: #1b5e20; -fx-font-weight: bold;" : "-fx-text-fill: #b71c1c; -fx-font-weight: bold;");
            }
        });
        table.getColumns().add(diff);
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // no blank strip at the right
        decisions.setId("review-decisions");
        Label decisionsTitle = new Label();
        decisionsTitle.textProperty().bind(msg.bind("review.decisions"));
        decisionsTitle.setFont(Fonts.bold(15));
        VBox right = new VBox(6, decisionsTitle, decisions);
        VBox.setVgrow(decisions, Priority.ALWAYS);
        right.setPadding(new Insets(6));
        right.setPrefWidth(380);
        SplitPane bottom = new SplitPane(table, right);
        bottom.setDividerPositions(0.62);
        SplitPane centre = new SplitPane(maps, new VBox(sliderBar, bottom));
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        setCenter(centre);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                planMap.viewport().copyFrom(traineeMap.viewport());
                long t = (long) slider.getValue();
                traineeMap.render(t);
                planMap.render(t);
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s == null) timer.stop();
            else {
                traineeMap.fitNetwork();
                timer.start();
            }
        });
        msg.languageProperty().addListener((o, a, b) -> {
            traineeMap.setEnglish(msg.isEnglish());
            planMap.setEnglish(msg.isEnglish());
            table.refresh();
        });
    }

    /** Shows progress of the re-simulation (0..1). */
    public void progress(double share) {
        status.textProperty().unbind();
        status.setText(msg.get("review.computing") + String.format(Locale.ROOT, " %.0f %%", 100 * share));
    }

    /** Installs both runs and the trainees' decisions, and moves the slider to the end. */
    public void show(RunRecording traineeRun, RunRecording planRun, List<DecisionLine> traineeDecisions) {
        this.trainees = traineeRun;
        this.plan = planRun;
        status.textProperty().unbind();
        status.setText("");
        decisions.setItems(FXCollections.observableArrayList(traineeDecisions.stream()
                .map(d -> SimTime.format(d.timeMs()) + "  " + CommandText.describe(d.command(), msg, traineeRun.last().names()) + (d.accepted() ? "" : "  ×")).toList()));
        slider.setDisable(false);
        slider.setValue(slider.getMax());
        showAt((long) slider.getMax());
    }

    /** Moves the slider (tests and keyboard). */
    public void moveTo(long timeMs) {
        slider.setValue(timeMs);
        showAt(timeMs);
    }

    /** The comparison rows shown. */
    public List<TargetComparison> rows() {
        return List.copyOf(table.getItems());
    }

    private void showAt(long t) {
        time.setText(SimTime.format(t));
        if (trainees == null || plan == null) return;
        ReviewFrame a = trainees.at(t);
        ReviewFrame b = plan.at(t);
        traineeMap.setScene(a.map());
        planMap.setScene(b.map());
        planMap.viewport().copyFrom(traineeMap.viewport());
        traineeMap.render(t);
        planMap.render(t);
        table.setItems(FXCollections.observableArrayList(TargetComparison.compare(a.score(), b.score())));
    }

    private String text(ScoreRow r) {
        return r == null ? "—" : r.valueText(msg);
    }

    private VBox labelled(String key, MapView map, boolean legend) {
        Label l = new Label();
        l.textProperty().bind(msg.bind(key));
        l.setFont(Fonts.bold(16));
        l.setPadding(new Insets(2, 8, 2, 8));
        StackPane area = new StackPane(map);
        if (legend) { // one key for both maps, over the left one
            MapLegend box = hazardKinds == null ? new MapLegend(msg) : new MapLegend(msg, hazardKinds);
            area.getChildren().add(box);
            StackPane.setAlignment(box, Pos.TOP_LEFT);
            StackPane.setMargin(box, new Insets(8));
        }
        VBox v = new VBox(l, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        return v;
    }

    private TableColumn<TargetComparison, String> column(String key, double width, Function<TargetComparison, String> value) {
        TableColumn<TargetComparison, String> c = new TableColumn<>();
        c.textProperty().bind(msg.bind(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}

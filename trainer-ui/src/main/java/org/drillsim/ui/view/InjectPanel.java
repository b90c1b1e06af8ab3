package org.drillsim.ui.view;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.InjectLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Injects: those fired so far, the scripted ones still to come (controller only — trainees do not see the
 * future in a double-blind drill), and the controller's ad-hoc injects: a bridge collapses at the point
 * picked on the map, a hospital loses power, the wind turns.
 */
public final class InjectPanel extends ScrollPane {
    private static final double BRIDGE_SEARCH_M = 400;

    private final DrillSession session;
    private final Messages msg;
    private final DrillRole role;
    private final Supplier<GeoPoint> pickedPoint;
    private final Messages zh = new Messages(Messages.CHINESE);
    private final Messages en = new Messages(Messages.ENGLISH);
    private final ListView<InjectLine> fired = new ListView<>();
    private final ListView<InjectLine> upcoming = new ListView<>();
    private final ComboBox<Hospital> hospital = new ComboBox<>();
    private final ComboBox<Hazard> hazard = new ComboBox<>();
    private final TextField windFrom = new TextField("90");
    private final TextField windSpeed = new TextField("4");
    private final Label feedback = new Label();
    private int adHoc;
    private int firedCount = -1;
    private int upcomingCount = -1;

    public InjectPanel(DrillSession session, Messages msg, DrillRole role, Supplier<GeoPoint> pickedPoint) {
        this.session = session;
        this.msg = msg;
        this.role = role;
        this.pickedPoint = pickedPoint;
        setFitToWidth(true);
        setId("injects");
        fired.setId("fired-injects");
        upcoming.setId("upcoming-injects");
        fired.setPrefHeight(150);
        upcoming.setPrefHeight(150);
        fired.setCellFactory(l -> new InjectCell());
        upcoming.setCellFactory(l -> new InjectCell());

        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.getChildren().addAll(heading("inject.fired"), fired);
        if (role == DrillRole.CONTROLLER) {
            box.getChildren().addAll(heading("inject.upcoming"), upcoming, heading("inject.adhoc"), adHocControls(), feedback);
        } else {
            Label hidden = new Label();
            hidden.textProperty().bind(msg.bind("inject.hidden"));
            hidden.setWrapText(true);
            hidden.setId("inject-hidden");
            box.getChildren().add(hidden);
        }
        feedback.setWrapText(true);
        feedback.setId("inject-feedback");
        setContent(box);
        msg.languageProperty().addListener((o, a, b) -> {
            fired.refresh();
            upcoming.refresh();
        });
    }

    /** Shows fired and upcoming injects when their numbers changed. */
    public void refresh(DrillSnapshot s) {
        if (s.fired().size() != firedCount) {
            fired.setItems(FXCollections.observableArrayList(s.fired()));
            firedCount = s.fired().size();
        }
        if (role == DrillRole.CONTROLLER && s.upcoming().size() != upcomingCount) {
            upcoming.setItems(FXCollections.observableArrayList(s.upcoming()));
            upcomingCount = s.upcoming().size();
        }
    }

    /** Upcoming injects listed (0 for trainees). */
    public int upcomingShown() {
        return upcoming.getItems().size();
    }

    private VBox adHocControls() {
        List<Hospital> hospitals = session.site().hospitals();
        hospital.setItems(FXCollections.observableArrayList(hospitals));
        if (!hospitals.isEmpty()) hospital.getSelectionModel().select(0);
        hospital.setCellFactory(l -> new NameCell<>(h -> name(h.name())));
        hospital.setButtonCell(new NameCell<>(h -> name(h.name())));
        List<Hazard> windy = session.site().hazards().stream()
                .filter(h -> HazardTypes.installed().forKind(h.kind()).windDriven()).toList();
        hazard.setItems(FXCollections.observableArrayList(windy));
        if (!windy.isEmpty()) hazard.getSelectionModel().select(0);
        hazard.setCellFactory(l -> new NameCell<>(Hazard::id));
        hazard.setButtonCell(new NameCell<>(Hazard::id));

        Button bridge = button("adhoc-bridge", "inject.adhoc.bridge", this::bridgeCollapse);
        Button power = button("adhoc-power", "inject.adhoc.power", this::powerLoss);
        Button wind = button("adhoc-wind", "inject.adhoc.wind", this::windTurns);
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.add(bridge, 0, 0, 2, 1);
        g.add(label("inject.adhoc.hospital"), 0, 1);
        g.add(hospital, 1, 1);
        g.add(power, 0, 2, 2, 1);
        g.add(label("inject.adhoc.wind-from"), 0, 3);
        g.add(windFrom, 1, 3);
        g.add(label("inject.adhoc.wind-speed"), 0, 4);
        g.add(windSpeed, 1, 4);
        g.add(wind, 0, 5, 2, 1);
        wind.setDisable(windy.isEmpty());
        return new VBox(6, g);
    }

    /** A bridge near the picked point collapses: the nearest bridge within 400 m is closed. */
    private void bridgeCollapse() {
        GeoPoint p = pickedPoint.get();
        if (p == null) {
            feedback.setText(msg.format("decision.missing", msg.get("decision.pick-on-map")));
            return;
        }
        RoadNetwork net = session.site().network();
        int edge = nearestBridge(net, p);
        GeoPoint at = p;
        String road = null;
        if (edge >= 0) {
            LineString g = net.geometry(edge);
            Coordinate mid = g.getCoordinateN(g.getNumPoints() / 2);
            at = new GeoPoint(mid.y, mid.x);
            road = net.name(edge).isEmpty() ? null : net.name(edge);
        }
        String where = road != null ? road : String.format(Locale.ROOT, "%.4f, %.4f", at.lat(), at.lon());
        fire(new LocalizedText(zh.format("inject.adhoc.bridge.message", where), en.format("inject.adhoc.bridge.message", where)),
                List.of(new InjectEffect.CloseRoad(at, 40.0, road, edge >= 0, null)));
    }

    private void powerLoss() {
        Hospital h = hospital.getValue();
        if (h == null) return;
        fire(new LocalizedText(zh.format("inject.adhoc.power.message", h.name().zh()), en.format("inject.adhoc.power.message", h.name().en())),
                List.of(new InjectEffect.HospitalPowerLoss(h.id(), 0, null)));
    }

    private void windTurns() {
        Hazard hz = hazard.getValue();
        double from;
        double speed;
        try {
            from = Double.parseDouble(windFrom.getText().trim());
            speed = Double.parseDouble(windSpeed.getText().trim());
        } catch (NumberFormatException e) {
            feedback.setText(msg.format("decision.missing", msg.get("inject.adhoc.wind-from")));
            return;
        }
        if (hz == null || !(from >= 0 && from < 360) || !(speed >= 0.1 && speed <= 60)) {
            feedback.setText(msg.format("decision.missing", msg.get("inject.adhoc.wind-from")));
            return;
        }
        String f = String.format(Locale.ROOT, "%.0f", from);
        String v = String.format(Locale.ROOT, "%.1f", speed);
        fire(new LocalizedText(zh.format("inject.adhoc.wind.message", f, v), en.format("inject.adhoc.wind.message", f, v)),
                List.of(new InjectEffect.WindChange(hz.id(), speed, from)));
    }

    private void fire(LocalizedText message, List<InjectEffect> effects) {
        adHoc++;
        DrillSnapshot s = session.driver().latest();
        double minutes = s == null ? 0 : s.timeMs() / 60_000.0;
        Inject inject = new Inject("adhoc-" + adHoc, minutes, message, null, effects);
        session.fireInject(inject, null);
        feedback.setText(name(message));
    }

    static int nearestBridge(RoadNetwork net, GeoPoint p) {
        double dLat = BRIDGE_SEARCH_M / 111_320.0;
        double dLon = BRIDGE_SEARCH_M / (111_320.0 * Math.cos(Math.toRadians(p.lat())));
        Point pt = RoadNetwork.geometryFactory().createPoint(new Coordinate(p.lon(), p.lat()));
        int best = -1;
        double bestDeg = Double.MAX_VALUE;
        for (Object o : net.edgeIndex().query(new Envelope(p.lon() - dLon, p.lon() + dLon, p.lat() - dLat, p.lat() + dLat))) {
            int e = (Integer) o;
            if (!net.isBridge(e)) continue;
            double d = net.geometry(e).distance(pt);
            if (d < bestDeg) {
                bestDeg = d;
                best = e;
            }
        }
        return best;
    }

    private String name(LocalizedText t) {
        return msg.isEnglish() ? t.en() : t.zh();
    }

    private Label heading(String key) {
        Label l = new Label();
        l.textProperty().bind(msg.bind(key));
        l.setFont(Fonts.bold(15));
        return l;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(msg.bind(key));
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(msg.bind(key));
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private final class InjectCell extends javafx.scene.control.ListCell<InjectLine> {
        @Override
        protected void updateItem(InjectLine i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setText(null);
                return;
            }
            setText(SimTime.format(i.timeMs()) + (i.adHoc() ? " ★ " : "  ") + name(i.inject().message()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }

    private static final class NameCell<T> extends javafx.scene.control.ListCell<T> {
        private final java.util.function.Function<T, String> text;

        NameCell(java.util.function.Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : text.apply(v));
        }
    }
}

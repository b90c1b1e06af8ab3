package org.drillsim.ui.view;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.map.MapView;
import org.drillsim.ui.map.WaterArea;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardZone;
import org.drillsim.world.Facility;
import org.drillsim.world.ScenarioSite;
import org.locationtech.jts.geom.Envelope;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.ui.session.DrillSnapshot;

/**
 * The drill screen: title bar, clock, the map with the inject pop-up, and beside it the live scorecard
 * over the decision, situation, inject and log tabs. A frame timer reads the driver's latest snapshot and
 * draws it; the simulation never runs on the JavaFX thread.
 */
public final class TrainerView extends BorderPane {
    /** Wall time between two refreshes of the side panels (the map and clock refresh every frame). */
    private static final long PANEL_REFRESH_NANOS = 250_000_000L;

    private final DrillSession session;
    private final Messages msg;
    private final DrillRole role;
    private final MapView map;
    private final ClockBar clock;
    private final ScorecardPanel scorecard;
    private final DecisionPanel decisions;
    private final StatusPanel status;
    private final InjectPanel injects;
    private final DecisionLog log;
    private final InjectPopup popup;
    private final Label title = new Label();
    private MapLegend legend;
    private final Label notice = new Label();
    private final Button review = new Button();
    private final Button export = new Button();
    private final Button language = new Button();
    private final AnimationTimer timer;
    private DrillSnapshot shown;
    private long lastPanelRefresh;
    private int seenFired;
    private boolean failureShown;
    private GeoPoint picked;
    private boolean framed;

    public TrainerView(DrillSession session, Messages msg, DrillRole role) {
        this.session = session;
        this.msg = msg;
        this.role = role;
        this.map = new MapView(session.site().network());
        map.setWater(WaterArea.of(session.site()));
        this.clock = new ClockBar(session.driver(), msg, role, session::pause);
        this.scorecard = new ScorecardPanel(msg);
        this.decisions = new DecisionPanel(session, msg, role, map);
        this.status = new StatusPanel(msg);
        this.injects = new InjectPanel(session, msg, role, () -> picked);
        this.log = new DecisionLog(msg);
        this.popup = new InjectPopup(msg, role);
        setId("trainer");
        map.setEnglish(msg.isEnglish());
        map.setOnPick(p -> {
            picked = new GeoPoint(p.lat(), p.lon());
            decisions.onPick(p);
            map.setSelectedUnit(p.unit() == null ? null : p.unit().id());
        });

        setTop(new VBox(titleBar(), clock));
        legend = new MapLegend(msg, session.site().hazards().stream().map(Hazard::kind).distinct().toList(),
                !map.water().isEmpty());
        StackPane mapPane = new StackPane(map, legend, popup);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        StackPane.setAlignment(popup, Pos.TOP_CENTER);
        StackPane.setMargin(popup, new Insets(24));
        SplitPane mapAndLog = new SplitPane(mapPane, log);
        mapAndLog.setOrientation(Orientation.VERTICAL);
        mapAndLog.setDividerPositions(0.78);

        TabPane tabs = new TabPane(tab("tab.decisions", decisions), tab("tab.status", status), tab("tab.injects", injects));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        VBox side = new VBox(scorecard, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        side.setMinWidth(380);
        side.setPrefWidth(440);
        SplitPane body = new SplitPane(mapAndLog, side);
        body.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(side, false);
        setCenter(body);
        setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: 14px;");

        msg.languageProperty().addListener((o, a, b) -> {
            map.setEnglish(msg.isEnglish());
            updateTitle();
        });
        updateTitle();
        if (session.resumed() != null) {
            notice.setText(msg.format("resume.done", session.resumed().entries(), org.drillsim.core.SimTime.format(session.resumed().timeMs()))
                    + (session.resumed().tornTailDropped() ? " — " + msg.get("resume.torn") : ""));
        }
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s == null) timer.stop();
            else {
                if (!framed) {
                    map.frame(firstView(session.site()));
                    framed = true;
                }
                timer.start();
            }
        });
    }

    /**
     * What the first view shows (lon/lat): the hazards at the start, the middle and the end of the drill, the area of
     * interest and the units' bases, within the map. A breach or a plume's later reach is in view from the start.
     */
    static Envelope firstView(ScenarioSite site) {
        Envelope e = new Envelope();
        long horizon = site.scenario().horizonMs();
        for (Hazard h : site.hazards()) {
            for (long t : new long[] {0, horizon / 2, horizon}) {
                for (HazardZone z : h.footprintAt(t).zones()) e.expandToInclude(z.polygon().getEnvelopeInternal());
            }
        }
        BBox aoi = site.scenario().map().areaOfInterest();
        if (aoi != null) e.expandToInclude(new Envelope(aoi.minLon(), aoi.maxLon(), aoi.minLat(), aoi.maxLat()));
        for (Team t : site.teams()) include(e, site, t.home());
        for (VehicleFleet f : site.fleets()) include(e, site, f.base());
        Envelope within = e.intersection(site.network().bounds());
        return within.isNull() ? site.network().bounds() : within;
    }

    private static void include(Envelope e, ScenarioSite site, String facilityId) {
        Facility f = facilityId == null ? null : site.facilities().get(facilityId);
        if (f != null) e.expandToInclude(f.lon(), f.lat());
    }

    /** Called with the review request (the application opens the review window). */
    public void setOnReview(Runnable r) {
        review.setOnAction(e -> r.run());
    }

    /** Called with the export request. */
    public void setOnExport(Runnable r) {
        export.setOnAction(e -> r.run());
    }

    /** Shows a one-line notice in the title bar (export done, errors). */
    public void notice(String text) {
        notice.setText(text);
    }

    /** Reads the latest snapshot and draws it (the frame timer calls this; tests call it directly). */
    public void frame(long nowNanos) {
        DrillSnapshot s = session.driver().latest();
        if (s != null && s != shown) {
            shown = s;
            map.setScene(s.map());
            clock.refresh(s);
            if (s.fired().size() > seenFired) {
                popup.show(s.fired().get(s.fired().size() - 1));
                seenFired = s.fired().size();
            }
            if (nowNanos - lastPanelRefresh >= PANEL_REFRESH_NANOS || !session.driver().isPlaying()) {
                refreshPanels(s);
                lastPanelRefresh = nowNanos;
            }
        }
        Throwable failure = session.driver().failure();
        if (failure != null && !failureShown) {
            failureShown = true;
            notice.setText(msg.format("error.driver", String.valueOf(failure.getMessage())));
            notice.setStyle("-fx-text-fill: #ff8a80;");
        }
        map.render(shown == null ? 0 : shown.timeMs());
    }

    private void refreshPanels(DrillSnapshot s) {
        scorecard.refresh(s);
        decisions.refresh(s);
        status.refresh(s);
        injects.refresh(s);
        log.refresh(s);
    }

    /** Forces a full refresh of every panel with the latest snapshot (tests, and after a language switch). */
    public void refreshNow() {
        DrillSnapshot s = session.driver().latest();
        if (s == null) return;
        shown = null;
        lastPanelRefresh = Long.MIN_VALUE / 2;
        frame(System.nanoTime());
        refreshPanels(s);
    }

    public MapView map() {
        return map;
    }

    /** The map's key. */
    public MapLegend legend() {
        return legend;
    }

    public ScorecardPanel scorecard() {
        return scorecard;
    }

    public DecisionPanel decisions() {
        return decisions;
    }

    public InjectPanel injects() {
        return injects;
    }

    public InjectPopup popup() {
        return popup;
    }

    public DecisionLog log() {
        return log;
    }

    public StatusPanel status() {
        return status;
    }

    /** The snapshot on screen. */
    public DrillSnapshot shown() {
        return shown;
    }

    private HBox titleBar() {
        title.setFont(Fonts.bold(20));
        title.setId("title");
        Label roleLabel = new Label();
        roleLabel.setId("role");
        roleLabel.setFont(Fonts.regular(14));
        msg.languageProperty().addListener((o, a, b) -> roleLabel.setText(msg.format("role.label", msg.get(role.messageKey()))));
        roleLabel.setText(msg.format("role.label", msg.get(role.messageKey())));
        notice.setId("notice");
        notice.setFont(Fonts.regular(13));
        notice.setStyle("-fx-text-fill: #fff59d;");
        review.setId("review");
        review.textProperty().bind(msg.bind("menu.review"));
        export.setId("export");
        export.textProperty().bind(msg.bind("menu.export"));
        language.setId("language");
        language.textProperty().bind(msg.bind("lang.switch"));
        language.setOnAction(e -> switchLanguage());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, title, roleLabel, notice, grow, review, export, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-background-color: #37474f;");
        title.setStyle("-fx-text-fill: white;");
        roleLabel.setStyle("-fx-text-fill: #cfd8dc;");
        return bar;
    }

    /** Switches between Chinese and English. */
    public void switchLanguage() {
        msg.setLanguage(msg.isEnglish() ? Messages.CHINESE : Messages.ENGLISH);
        refreshNow();
    }

    private void updateTitle() {
        var name = session.site().scenario().name();
        title.setText(msg.format("app.title", msg.isEnglish() ? name.en() : name.zh()));
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab();
        t.textProperty().bind(msg.bind(key));
        t.setContent(content);
        return t;
    }
}

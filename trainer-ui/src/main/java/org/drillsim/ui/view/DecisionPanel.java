package org.drillsim.ui.view;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.format.model.AgreementReserve;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.world.Facility;
import org.drillsim.world.FacilityKind;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.map.MapView;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.Names;
import org.drillsim.ui.session.TaskLine;
import org.drillsim.ui.session.UnitLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The decisions trainees can make, each sent as a command through the session (command bus, journal):
 * dispatch and reassign units, open and close shelters, allocate supplies, evacuate a zone drawn on the
 * map, request mutual aid, close and reopen roads, pre-position units. A click on the map fills in the
 * unit, task, facility or point under the mouse.
 */
public final class DecisionPanel extends ScrollPane {
    private final DrillSession session;
    private final Messages msg;
    private final DrillRole drillRole;
    private final MapView map;

    private final ComboBox<Role> postRole = new ComboBox<>();
    private final TextField name = new TextField();
    private Names names = Names.NONE;
    private final ComboBox<UnitLine> unit = new ComboBox<>();
    private final ComboBox<TaskLine> task = new ComboBox<>();
    private final ComboBox<Facility> shelter = new ComboBox<>();
    private final ComboBox<Facility> depot = new ComboBox<>();
    private final ComboBox<ReliefItem> item = new ComboBox<>();
    private final TextField quantity = new TextField("1000");
    private final ComboBox<Facility> destination = new ComboBox<>();
    private final ComboBox<String> aidType = new ComboBox<>();
    private final Spinner<Integer> aidCount = new Spinner<>(1, 50, 2);
    private final ComboBox<Facility> facility = new ComboBox<>();
    private final TextField aidDelay = new TextField("2");
    private final TextField radius = new TextField("50");
    private final ComboBox<AgreementReserve> reserve = new ComboBox<>();
    private final Label point = new Label();
    private final Label feedback = new Label();
    private GeoPoint picked;
    private int zones;
    private List<String> unitIds = List.of();
    private List<String> taskIds = List.of();

    public DecisionPanel(DrillSession session, Messages msg, DrillRole drillRole, MapView map) {
        this.session = session;
        this.msg = msg;
        this.drillRole = drillRole;
        this.map = map;
        setFitToWidth(true);
        setId("decisions");

        List<Facility> all = new ArrayList<>(session.site().facilities().values());
        shelter.setItems(FXCollections.observableArrayList(ofKind(all, FacilityKind.SHELTER)));
        depot.setItems(FXCollections.observableArrayList(ofKind(all, FacilityKind.DEPOT)));
        List<Facility> dest = new ArrayList<>();
        dest.add(null);
        dest.addAll(ofKind(all, FacilityKind.SHELTER));
        destination.setItems(FXCollections.observableArrayList(dest));
        facility.setItems(FXCollections.observableArrayList(all));
        item.setItems(FXCollections.observableArrayList(ReliefItem.values()));
        item.getSelectionModel().select(ReliefItem.WATER_LITRES);
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.remove(Role.PLAN);
        postRole.setItems(FXCollections.observableArrayList(roles));
        postRole.getSelectionModel().select(Role.COMMANDER);

        cells(postRole, r -> msg.isEnglish() ? r.en() : r.zh());
        cells(shelter, this::facilityName);
        cells(depot, this::facilityName);
        cells(destination, f -> f == null ? "—" : facilityName(f));
        cells(facility, this::facilityName);
        cells(item, i -> msg.get("item." + i.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        cells(unit, u -> NameText.unit(u.id(), names, msg) + " · " + msg.get(unitStatusKey(u.status())));
        // the task's casualties and triage say how urgent it is (the model's numeric priority means nothing to a reader)
        cells(task, t -> NameText.task(t.id(), names, msg));
        cells(aidType, this::unitTypeLabel);
        reserve.setItems(FXCollections.observableArrayList(session.site().scenario().agreementReserves()));
        if (!reserve.getItems().isEmpty()) reserve.getSelectionModel().select(0);
        cells(reserve, r -> (msg.isEnglish() ? r.supplier().en() : r.supplier().zh()) + " · "
                + msg.get("item." + r.item().name().toLowerCase(Locale.ROOT).replace('_', '-')) + " × " + r.quantity());
        unit.setId("unit");
        name.setId("issuer-name");
        name.promptTextProperty().bind(msg.bind("decision.name.prompt"));
        task.setId("task");
        shelter.setId("shelter");
        point.setId("picked-point");
        feedback.setId("decision-feedback");
        feedback.setWrapText(true);
        feedback.setFont(Fonts.regular(14));
        aidCount.setEditable(true);

        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.getChildren().addAll(
                grid(row("decision.role", postRole), row("decision.name", name)),
                section("decision.dispatch", grid(row("decision.unit", unit), row("decision.task", task)),
                        buttons(button("dispatch", "decision.dispatch", this::dispatch), button("reassign", "decision.reassign", this::reassign))),
                section("decision.shelter", grid(row("decision.shelter", shelter)),
                        buttons(button("open-shelter", "decision.open-shelter", this::openShelter), button("close-shelter", "decision.close-shelter", this::closeShelter))),
                section("decision.allocate", grid(row("decision.depot", depot), row("decision.shelter", shelterMirror()), row("decision.item", item), row("decision.quantity", quantity)),
                        buttons(button("allocate", "decision.allocate", this::allocate)),
                        grid(row("decision.reserve", reserve)), buttons(button("call-reserve", "decision.call-reserve", this::callReserve))),
                section("decision.evacuate", grid(row("decision.evacuate.destination", destination)),
                        hint("decision.evacuate.hint"), buttons(button("evacuate", "decision.evacuate", this::drawZone))),
                section("decision.mutual-aid", grid(row("decision.unit-type", aidType), row("decision.count", aidCount), row("decision.facility", facility), row("decision.delay", aidDelay)),
                        buttons(button("mutual-aid", "decision.mutual-aid", this::mutualAid), button("pre-position", "decision.pre-position", this::prePosition))),
                section("decision.road", grid(row("decision.radius", radius)), point, hint("decision.pick-on-map"),
                        buttons(button("close-road", "decision.close-road", this::closeRoad), button("reopen-road", "decision.reopen-road", this::reopenRoad))),
                feedback);
        setContent(box);
        showPoint();
        msg.languageProperty().addListener((o, a, b) -> showPoint());
    }

    /** Fills the form from a map click: the unit, casualty task or facility under the mouse, and the point. */
    public void onPick(MapView.Pick p) {
        picked = new GeoPoint(p.lat(), p.lon());
        showPoint();
        if (p.unit() != null) unit.getItems().stream().filter(u -> u.id().equals(p.unit().id())).findFirst().ifPresent(u -> unit.getSelectionModel().select(u));
        if (p.casualty() != null) task.getItems().stream().filter(t -> t.id().equals(p.casualty().id())).findFirst().ifPresent(t -> task.getSelectionModel().select(t));
        if (p.facility() != null) {
            Facility f = session.site().facility(p.facility().id());
            if (f != null) {
                if (f.kind() == FacilityKind.SHELTER) shelter.getSelectionModel().select(f);
                if (f.kind() == FacilityKind.DEPOT) depot.getSelectionModel().select(f);
                facility.getSelectionModel().select(f);
            }
        }
    }

    /** Updates the unit and task lists when they changed. */
    public void refresh(DrillSnapshot s) {
        names = s.names();
        List<String> uIds = s.units().stream().map(u -> u.id() + "/" + u.status()).toList();
        if (!uIds.equals(unitIds)) {
            String sel = unit.getValue() == null ? null : unit.getValue().id();
            unit.setItems(FXCollections.observableArrayList(s.units()));
            unit.getItems().stream().filter(u -> u.id().equals(sel)).findFirst().ifPresent(u -> unit.getSelectionModel().select(u));
            List<String> types = s.units().stream().map(UnitLine::type).distinct().toList();
            if (!types.equals(aidType.getItems())) {
                aidType.setItems(FXCollections.observableArrayList(types));
                if (!types.isEmpty()) aidType.getSelectionModel().select(0);
            }
            unitIds = uIds;
        }
        List<String> tIds = s.tasks().stream().map(TaskLine::id).toList();
        if (!tIds.equals(taskIds)) {
            String sel = task.getValue() == null ? null : task.getValue().id();
            task.setItems(FXCollections.observableArrayList(s.tasks()));
            task.getItems().stream().filter(t -> t.id().equals(sel)).findFirst().ifPresent(t -> task.getSelectionModel().select(t));
            taskIds = tIds;
        }
    }

    /** The feedback of the last decision (tests read it). */
    public String feedback() {
        return feedback.getText();
    }

    // --- decisions -------------------------------------------------------------------------------------

    private void dispatch() {
        if (require(unit.getValue(), "decision.unit") && require(task.getValue(), "decision.task"))
            send(new Command.Dispatch(issuer(), unit.getValue().id(), task.getValue().id()));
    }

    private void reassign() {
        if (require(unit.getValue(), "decision.unit") && require(task.getValue(), "decision.task"))
            send(new Command.Reassign(issuer(), unit.getValue().id(), task.getValue().id()));
    }

    private void openShelter() {
        if (require(shelter.getValue(), "decision.shelter")) send(new Command.OpenShelter(issuer(), shelter.getValue().id()));
    }

    private void closeShelter() {
        if (require(shelter.getValue(), "decision.shelter")) send(new Command.CloseShelter(issuer(), shelter.getValue().id()));
    }

    private void allocate() {
        Long q = number(quantity, "decision.quantity");
        if (q != null && require(depot.getValue(), "decision.depot") && require(shelter.getValue(), "decision.shelter") && require(item.getValue(), "decision.item"))
            send(new Command.AllocateSupplies(issuer(), depot.getValue().id(), shelter.getValue().id(), item.getValue(), q));
    }

    private void callReserve() {
        if (require(reserve.getValue(), "decision.reserve")) send(new Command.CallReserve(issuer(), reserve.getValue().id()));
    }

    private void drawZone() {
        feedback.setText(msg.get("decision.evacuate.hint"));
        map.startZoneDrawing(ring -> {
            zones++;
            Facility d = destination.getValue();
            send(new Command.EvacuateZone(issuer(), "zone-" + zones, ring, d == null ? null : d.id()));
        });
    }

    /** Issues an evacuation of a given zone (the same as drawing it on the map). */
    public void evacuate(List<List<Double>> ring) {
        zones++;
        Facility d = destination.getValue();
        send(new Command.EvacuateZone(issuer(), "zone-" + zones, ring, d == null ? null : d.id()));
    }

    private void mutualAid() {
        Double delay = decimal(aidDelay, "decision.delay");
        if (delay != null && require(aidType.getValue(), "decision.unit-type") && require(facility.getValue(), "decision.facility"))
            send(new Command.RequestMutualAid(issuer(), aidType.getValue(), aidCount.getValue(), facility.getValue().id(), delay));
    }

    private void prePosition() {
        if (require(unit.getValue(), "decision.unit") && require(facility.getValue(), "decision.facility"))
            send(new Command.PrePosition(issuer(), unit.getValue().id(), facility.getValue().id()));
    }

    private void closeRoad() {
        Double r = decimal(radius, "decision.radius");
        if (r != null && require(picked, "decision.pick-on-map")) send(new Command.CloseRoad(issuer(), picked, r, null));
    }

    private void reopenRoad() {
        Double r = decimal(radius, "decision.radius");
        if (r != null && require(picked, "decision.pick-on-map")) send(new Command.ReopenRoad(issuer(), picked, r, null));
    }

    private void send(Command c) {
        // the journal records who decided: a decision without the person's name is not taken
        if (name.getText() == null || name.getText().isBlank()) {
            feedback.setText(msg.get("decision.name.missing"));
            feedback.setStyle("-fx-text-fill: #b71c1c;");
            name.setStyle("-fx-border-color: #c62828; -fx-border-width: 2;");
            name.requestFocus();
            return;
        }
        name.setStyle("");
        session.issue(c, drillRole, r -> Platform.runLater(() -> showResult(r)));
    }

    /** Fills in the decision-maker's name (as typed into the 姓名 field). */
    public void setIssuerName(String person) {
        name.setText(person);
    }

    private void showResult(CommandRecord r) {
        String what = CommandText.describe(r.command(), msg, names);
        if (r.accepted()) {
            feedback.setText(msg.format("decision.accepted", what));
            feedback.setStyle("-fx-text-fill: #1b5e20;");
        } else {
            feedback.setText(msg.format("decision.rejected", reasonInLanguage(r.reason())));
            feedback.setStyle("-fx-text-fill: #b71c1c;");
        }
    }

    private String reasonInLanguage(String reason) {
        return CommandText.reason(reason, msg);
    }

    private Issuer issuer() {
        Role r = postRole.getValue() == null ? Role.COMMANDER : postRole.getValue();
        return new Issuer(r, name.getText().trim());
    }

    private boolean require(Object value, String labelKey) {
        if (value != null) return true;
        feedback.setText(msg.format("decision.missing", msg.get(labelKey)));
        feedback.setStyle("-fx-text-fill: #b71c1c;");
        return false;
    }

    private Long number(TextField f, String labelKey) {
        try {
            long v = Long.parseLong(f.getText().trim());
            if (v > 0) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        require(null, labelKey);
        return null;
    }

    private Double decimal(TextField f, String labelKey) {
        try {
            double v = Double.parseDouble(f.getText().trim());
            if (v >= 0 && Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        require(null, labelKey);
        return null;
    }

    // --- layout helpers --------------------------------------------------------------------------------

    private ComboBox<Facility> shelterMirror() {
        // the allocation's destination is the shelter chosen above; a second box showing the same choice
        ComboBox<Facility> mirror = new ComboBox<>(shelter.getItems());
        cells(mirror, this::facilityName);
        mirror.valueProperty().bindBidirectional(shelter.valueProperty());
        return mirror;
    }

    private void showPoint() {
        point.setText(picked == null ? msg.get("decision.no-point")
                : msg.format("decision.point", String.format(Locale.ROOT, "%.5f, %.5f", picked.lat(), picked.lon())));
    }

    private String facilityName(Facility f) {
        return f == null ? "" : msg.isEnglish() ? f.name().en() : f.name().zh();
    }

    private String unitTypeLabel(String type) {
        String key = "unit." + type;
        return msg.has(key) ? msg.get(key) : type;
    }

    private static String unitStatusKey(String status) {
        return switch (status) {
            case "available" -> "status.available";
            case "busy" -> "status.busy";
            default -> "status.out";
        };
    }

    private static List<Facility> ofKind(List<Facility> all, FacilityKind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    private <T> void cells(ComboBox<T> box, Function<T, String> text) {
        Supplier<ListCell<T>> factory = () -> new ListCell<>() {
            @Override
            protected void updateItem(T v, boolean emptyCell) {
                super.updateItem(v, emptyCell);
                setText(emptyCell ? null : text.apply(v));
            }
        };
        box.setCellFactory(l -> factory.get());
        box.setButtonCell(factory.get());
        box.setMaxWidth(Double.MAX_VALUE);
        msg.languageProperty().addListener((o, a, b) -> {
            box.setButtonCell(factory.get()); // re-render the chosen value in the new language
        });
    }

    private Node section(String titleKey, Node... content) {
        VBox v = new VBox(6, content);
        TitledPane p = new TitledPane();
        p.textProperty().bind(msg.bind(titleKey));
        p.setContent(v);
        p.setFont(Fonts.bold(14));
        return p;
    }

    private record Row(String labelKey, Node field) {
    }

    private static Row row(String labelKey, Node field) {
        return new Row(labelKey, field);
    }

    private GridPane grid(Row... rows) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        for (int i = 0; i < rows.length; i++) {
            Label l = new Label();
            l.textProperty().bind(msg.bind(rows[i].labelKey()));
            l.setFont(Fonts.regular(13));
            g.add(l, 0, i);
            g.add(rows[i].field(), 1, i);
            if (rows[i].field() instanceof javafx.scene.layout.Region r) r.setMaxWidth(Double.MAX_VALUE);
        }
        javafx.scene.layout.ColumnConstraints c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    private Label hint(String key) {
        Label l = new Label();
        l.textProperty().bind(msg.bind(key));
        l.setWrapText(true);
        l.setFont(Fonts.regular(12));
        l.setStyle("-fx-text-fill: #607d8b;");
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(msg.bind(key));
        b.setFont(Fonts.regular(14));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox buttons(Button... bs) {
        return new HBox(6, bs);
    }

    /** Scrolls the panel so that the control with {@code id} (e.g. {@code evacuate}) is in view. */
    public void reveal(String id) {
        Node n = getContent().lookup("#" + id);
        if (n == null) return;
        double y = getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
        double scrollable = getContent().getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (scrollable > 0) setVvalue(Math.max(0, Math.min(1, (y - 20) / scrollable)));
    }

    /** The selected unit id, or null (tests). */
    public String selectedUnit() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    /** Selects a unit and a task by id (keyboard-free use and tests). */
    public void select(String unitId, String taskId) {
        unit.getItems().stream().filter(u -> Objects.equals(u.id(), unitId)).findFirst().ifPresent(u -> unit.getSelectionModel().select(u));
        task.getItems().stream().filter(t -> Objects.equals(t.id(), taskId)).findFirst().ifPresent(t -> task.getSelectionModel().select(t));
    }
}

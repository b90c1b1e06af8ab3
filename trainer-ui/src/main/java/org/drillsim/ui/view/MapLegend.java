package org.drillsim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.beans.binding.Bindings;
import org.drillsim.hazards.HazardKind;
import org.drillsim.ui.map.WaterArea;
import java.util.EnumMap;
import java.util.Map;
import org.drillsim.hazards.HazardType;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.ui.i18n.Fonts;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.map.FacilityKind;
import org.drillsim.ui.map.HazardStyle;

import java.util.List;
import java.util.function.Consumer;

/**
 * The map's key: facility symbols, casualty urgency, units on a task or waiting, hazard zones (each registered
 * kind's colours), evacuation zone and closed road, drawn the way the map draws them. A collapsible box laid over
 * a corner of the map.
 */
public final class MapLegend extends TitledPane {
    private static final double S = 16; // symbol box size
    private final GridPane grid = new GridPane();
    private final Map<HazardKind, List<Color>> swatches = new EnumMap<>(HazardKind.class);
    private int rows;

    /** A key with a row for every registered hazard kind. */
    public MapLegend(Messages msg) {
        this(msg, HazardTypes.installed().all().stream().map(HazardType::kind).toList());
    }

    /** A key with a row for each of {@code hazardKinds} (the drill's), in that order. */
    public MapLegend(Messages msg, List<HazardKind> hazardKinds) {
        this(msg, hazardKinds, true);
    }

    /** A key for a drill with {@code hazardKinds}, and a row for rivers and lakes when {@code water}. */
    public MapLegend(Messages msg, List<HazardKind> hazardKinds, boolean water) {
        textProperty().bind(msg.bind("legend.title"));
        setFont(Fonts.bold(13));
        setAnimated(false);
        setExpanded(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setId("map-legend");
        grid.setHgap(6);
        grid.setVgap(3);
        grid.setPadding(new Insets(4, 8, 4, 6));
        grid.setStyle("-fx-background-color: rgba(255,255,255,0.88);");
        setOpacity(0.95);
        if (water) {
            row(msg, "legend.water", g -> {
                g.setFill(WaterArea.FILL);
                g.fillRect(1, 3, 14, 10);
                g.setStroke(WaterArea.OUTLINE);
                g.strokeRect(1.5, 3.5, 13, 9);
            });
        }
        row(msg, "facility.hospital", g -> {
            g.setFill(FacilityKind.HOSPITAL.colour());
            g.fillRect(1, 1, 14, 14);
            g.setFill(Color.WHITE);
            g.fillRect(6.5, 3, 3, 10);
            g.fillRect(3, 6.5, 10, 3);
        });
        row(msg, "legend.shelter", g -> {
            g.setFill(FacilityKind.SHELTER.colour());
            g.fillPolygon(new double[] {8, 1, 15}, new double[] {1, 15, 15}, 3);
        });
        row(msg, "legend.shelter-closed", g -> {
            g.setStroke(FacilityKind.SHELTER.colour());
            g.setLineWidth(2);
            g.strokePolygon(new double[] {8, 2, 14}, new double[] {2, 14, 14}, 3);
        });
        row(msg, "facility.depot", g -> {
            g.setFill(FacilityKind.DEPOT.colour());
            g.fillPolygon(new double[] {8, 1, 8, 15}, new double[] {1, 8, 15, 8}, 4);
        });
        row(msg, "facility.fire-station", g -> {
            g.setFill(FacilityKind.FIRE_STATION.colour());
            g.fillOval(1, 1, 14, 14);
        });
        row(msg, "legend.casualty-t1", casualty(Color.web("#d50000")));
        row(msg, "legend.casualty-t2", casualty(Color.web("#ff6d00")));
        row(msg, "legend.casualty-t3", casualty(Color.web("#ffd600")));
        row(msg, "legend.unit-busy", g -> {
            g.setFill(Color.web("#d32f2f"));
            g.fillOval(3.5, 3.5, 9, 9);
            g.setStroke(Color.WHITE);
            g.strokeOval(3.5, 3.5, 9, 9);
        });
        row(msg, "legend.unit-idle", g -> {
            g.setFill(Color.WHITE);
            g.fillOval(4, 4, 8, 8);
            g.setStroke(Color.web("#d32f2f"));
            g.setLineWidth(2);
            g.strokeOval(4, 4, 8, 8);
        });
        for (HazardKind kind : hazardKinds) {
            // one row per hazard of the drill, its zones from mildest (top) to most severe, in the colours the map
            // fills them with (HazardStyle, the one place they are defined)
            List<Color> colours = HazardStyle.swatch(kind);
            swatches.put(kind, colours);
            row(Bindings.createStringBinding(() -> msg.format("legend.hazard-kind", HazardStyle.name(kind, msg.isEnglish())),
                    msg.languageProperty()), g -> {
                double h = 14.0 / colours.size();
                g.setFill(Color.WHITE);
                g.fillRect(1, 1, 14, 14);
                for (int i = 0; i < colours.size(); i++) {
                    g.setFill(colours.get(i));
                    g.fillRect(1, 1 + i * h, 14, h);
                }
                g.setStroke(HazardStyle.outline(kind));
                g.setLineWidth(1);
                g.strokeRect(1.5, 1.5, 13, 13);
            });
        }
        row(msg, "legend.evacuation", g -> {
            g.setStroke(Color.web("#1a237e"));
            g.setLineWidth(2);
            g.setLineDashes(4, 3);
            g.strokeRect(1, 2, 14, 12);
        });
        row(msg, "legend.closed-road", g -> {
            g.setStroke(Color.web("#b71c1c"));
            g.setLineWidth(4);
            g.strokeLine(0, 8, 16, 8);
        });
        setContent(grid);
    }

    private static Consumer<GraphicsContext> casualty(Color c) {
        return g -> {
            g.setFill(c);
            g.fillOval(2, 2, 12, 12);
            g.setStroke(Color.BLACK);
            g.strokeOval(2, 2, 12, 12);
        };
    }

    /** The colours of the key's swatch for {@code kind}, mildest first (empty when the key has no row for it). */
    public List<Color> hazardSwatch(HazardKind kind) {
        return swatches.getOrDefault(kind, List.of());
    }

    private void row(Messages msg, String key, Consumer<GraphicsContext> symbol) {
        row(msg.bind(key), symbol);
    }

    private void row(javafx.beans.value.ObservableValue<String> text, Consumer<GraphicsContext> symbol) {
        Canvas c = new Canvas(S, S);
        symbol.accept(c.getGraphicsContext2D());
        Label l = new Label();
        l.textProperty().bind(text);
        l.setFont(Fonts.regular(12));
        GridPane.setValignment(c, javafx.geometry.VPos.CENTER);
        grid.add(c, 0, rows);
        grid.add(l, 1, rows);
        rows++;
        setAlignment(Pos.TOP_LEFT);
    }
}

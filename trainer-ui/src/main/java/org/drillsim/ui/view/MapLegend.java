package org.drillsim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.drillsim.hazards.HazardLook;
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
    private int rows;

    public MapLegend(Messages msg) {
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
        row(msg, "legend.hazard", g -> {
            // one column per registered hazard kind, its zone colours from mildest (top) to most severe, so the
            // key keeps one row however many kinds there are
            List<HazardType<?>> types = HazardTypes.installed().all();
            double w = S / types.size();
            for (int k = 0; k < types.size(); k++) {
                List<HazardLook.ZoneLook> zones = types.get(k).look().zones();
                double h = 12.0 / zones.size();
                for (int i = 0; i < zones.size(); i++) {
                    g.setFill(HazardStyle.color(zones.get(i).fill()));
                    g.fillRect(k * w, 2 + i * h, w, h);
                }
            }
        });
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

    private void row(Messages msg, String key, Consumer<GraphicsContext> symbol) {
        Canvas c = new Canvas(S, S);
        symbol.accept(c.getGraphicsContext2D());
        Label l = new Label();
        l.textProperty().bind(msg.bind(key));
        l.setFont(Fonts.regular(12));
        GridPane.setValignment(c, javafx.geometry.VPos.CENTER);
        grid.add(c, 0, rows);
        grid.add(l, 1, rows);
        rows++;
        setAlignment(Pos.TOP_LEFT);
    }
}

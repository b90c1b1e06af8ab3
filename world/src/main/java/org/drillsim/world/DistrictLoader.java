package org.drillsim.world;

import org.drillsim.format.io.ScenarioPaths;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Scoring;
import org.drillsim.geodata.Districts;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.runformat.geo.GeoJsonReader;
import org.drillsim.runformat.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The districts a site scores separately: the scenario's boundary GeoJSON ({@code scoring.districtsGeoJson}) when it
 * names one, else the OSM extract's district boundaries, else none (synthetic maps). Features of the same name are one
 * district.
 */
public final class DistrictLoader {
    private static final GeometryFactory GF = new GeometryFactory();

    private DistrictLoader() {
    }

    /**
     * The districts of a scenario.
     *
     * @param layers the extract's layers, null on a synthetic map
     * @throws IllegalArgumentException one line when the boundary file cannot be read or {@code scoring.district}
     *                                  names no district of the map
     */
    public static Districts load(Scenario s, Path baseDir, OsmLayers layers) {
        Scoring sc = s.scoring();
        Districts d;
        if (sc.districtsGeoJson() != null) {
            try {
                d = fromGeoJson(ScenarioPaths.resolve(baseDir, sc.districtsGeoJson()), sc.nameProperty());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scoring.districtsGeoJson: " + e.getMessage(), e);
            }
        } else if (layers != null) {
            d = Districts.fromOsm(layers.districts());
        } else {
            d = Districts.NONE;
        }
        if (sc.district() != null && d.indexOf(sc.district()) < 0) {
            throw new IllegalArgumentException("scoring.district: '" + sc.district() + "' is not a district of the map; expected one of: "
                    + (d.isEmpty() ? "(the map has no district boundaries; give scoring.districtsGeoJson)" : String.join(", ", d.names())));
        }
        return d;
    }

    /**
     * Districts from a GeoJSON FeatureCollection of Polygon / MultiPolygon features named by {@code nameProperty}
     * (null: every feature is its own area, named {@code #0}, {@code #1} …).
     */
    public static Districts fromGeoJson(Path file, String nameProperty) {
        List<GeoFeature> features;
        try {
            features = GeoJsonReader.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, List<Geometry>> byName = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            GeoFeature f = features.get(i);
            Object name = nameProperty == null ? "#" + i : f.properties().get(nameProperty);
            String where = file.getFileName() + ": features[" + i + "]";
            if (name == null || name.toString().isBlank()) {
                throw new IllegalArgumentException(where + ".properties." + nameProperty + ": expected the district's name");
            }
            Geometry g;
            if (f.geometry() instanceof GeoGeometry.Polygon p) {
                g = polygon(p);
            } else if (f.geometry() instanceof GeoGeometry.MultiPolygon m) {
                g = GF.createMultiPolygon(m.polygons().stream().map(DistrictLoader::polygon).toArray(Polygon[]::new));
            } else {
                throw new IllegalArgumentException(where + ".geometry: expected a Polygon or MultiPolygon");
            }
            byName.computeIfAbsent(name.toString(), k -> new ArrayList<>()).add(g.isValid() ? g : GeometryFixer.fix(g));
        }
        List<Districts.District> out = new ArrayList<>();
        byName.forEach((n, gs) -> out.add(new Districts.District(n, UnaryUnionOp.union(gs))));
        return Districts.of(out);
    }

    private static Polygon polygon(GeoGeometry.Polygon p) {
        LinearRing shell = ring(p.rings().get(0));
        LinearRing[] holes = new LinearRing[p.rings().size() - 1];
        for (int i = 1; i < p.rings().size(); i++) {
            holes[i - 1] = ring(p.rings().get(i));
        }
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<LonLat> pts) {
        List<Coordinate> cs = new ArrayList<>();
        for (LonLat p : pts) {
            cs.add(new Coordinate(p.lon(), p.lat()));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        return GF.createLinearRing(cs.toArray(new Coordinate[0]));
    }
}

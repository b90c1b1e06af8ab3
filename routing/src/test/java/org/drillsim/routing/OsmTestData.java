package org.drillsim.routing;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads test facts from an OSM extract with GraphHopper's OSM reader: hospitals and river centre lines. */
final class OsmTestData {
    /** A named point. */
    record Poi(String name, double lat, double lon) {
    }

    final List<Poi> hospitals = new ArrayList<>();
    final List<LineString> riverLines = new ArrayList<>();

    /** Hospitals (amenity=hospital nodes, and ways by their first node) and waterway=river ways named {@code riverName}. */
    static OsmTestData read(Path file, String riverName) throws Exception {
        OsmTestData data = new OsmTestData();
        Map<Long, double[]> coords = new HashMap<>();
        try (OSMInputFile in = new OSMInputFile(file.toFile()).setWorkerThreads(1).open()) {
            ReaderElement el;
            while ((el = in.getNext()) != null) {
                if (el instanceof ReaderNode n) {
                    coords.put(n.getId(), new double[]{n.getLat(), n.getLon()});
                    if (n.hasTag("amenity", "hospital")) data.hospitals.add(new Poi(name(n), n.getLat(), n.getLon()));
                } else if (el instanceof ReaderWay w) {
                    if (w.hasTag("amenity", "hospital")) {
                        double lat = 0, lon = 0;
                        int k = 0;
                        for (int i = 0; i < w.getNodes().size(); i++) {
                            double[] c = coords.get(w.getNodes().get(i));
                            if (c != null) {
                                lat += c[0];
                                lon += c[1];
                                k++;
                            }
                        }
                        if (k > 0) data.hospitals.add(new Poi(name(w), lat / k, lon / k));
                    }
                    if (w.hasTag("waterway", "river") && riverName.equals(w.getTag("name"))) {
                        List<Coordinate> cs = new ArrayList<>();
                        for (int i = 0; i < w.getNodes().size(); i++) {
                            double[] c = coords.get(w.getNodes().get(i));
                            if (c != null) cs.add(new Coordinate(c[1], c[0]));
                        }
                        if (cs.size() >= 2) data.riverLines.add(RoadNetwork.geometryFactory().createLineString(cs.toArray(new Coordinate[0])));
                    }
                }
            }
        }
        return data;
    }

    private static String name(ReaderElement e) {
        String n = e.getTag("name");
        return n == null ? "hospital " + e.getId() : n;
    }
}

package org.drillsim.analysis.site;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Snap;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Station;
import org.drillsim.geodata.OsmArea;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.world.ScenarioSite;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Candidate places for new facilities, from the map:
 * <ul>
 *   <li>shelters — OSM schools, parks, squares and stadiums not already used as shelters;</li>
 *   <li>depots — OSM industrial areas (warehouses and yards);</li>
 *   <li>ambulance bases — the scenario's hospitals, fire stations and police stations that host no ambulance or
 *       medical team yet;</li>
 *   <li>on a synthetic map (no OSM layers), for every kind: one road node per grid square.</li>
 * </ul>
 * Parcels smaller than the minimum area are left out; places whose road node touches a road the hazard closes at
 * any time, or lies outside the part of the city still connected at the worst moment, are left out (a facility there
 * would be cut off); when more remain than the limit,
 * the largest parcels are kept.
 */
public final class CandidateFinder {
    /**
     * Search limits.
     *
     * @param minAreaM2     smallest parcel kept, m²
     * @param maxCandidates most candidates kept (largest parcels first)
     * @param gridM         grid square for road-node candidates on synthetic maps, m
     */
    public record Limits(double minAreaM2, int maxCandidates, double gridM) {
        /** 5,000 m² parcels, 300 candidates, 1 km grid. */
        public static final Limits DEFAULT = new Limits(5_000, 300, 1_000);

        public Limits {
            if (minAreaM2 < 0 || maxCandidates < 1 || gridM <= 0) {
                throw new IllegalArgumentException("bad candidate limits: min area " + minAreaM2 + " m², max "
                        + maxCandidates + ", grid " + gridM + " m");
            }
        }
    }

    /**
     * The candidates and where they came from.
     *
     * @param list     candidates, in a fixed order
     * @param source   where they came from, zh / en
     * @param excluded places left out because the hazard cuts their road
     */
    public record Found(List<Candidate> list, LocalizedText source, int excluded) {
    }

    private CandidateFinder() {
    }

    /**
     * Finds candidates for {@code kind}.
     *
     * @param layers the map's OSM layers, or null on a synthetic map
     * @param roads  the worst road state (candidates next to a closure are left out)
     */
    public static Found find(ScenarioSite site, SiteKind kind, OsmLayers layers, WorstRoads roads, Limits limits) {
        List<Candidate> raw = new ArrayList<>();
        LocalizedText source;
        if (layers == null) {
            raw.addAll(grid(site, limits.gridM()));
            source = new LocalizedText("合成地图：每 " + (int) limits.gridM() + " 米网格一个路网节点",
                    "synthetic map: one road node per " + (int) limits.gridM() + " m grid square");
        } else if (kind == SiteKind.AMBULANCE_BASE) {
            raw.addAll(stations(site));
            source = new LocalizedText("尚无救护车的医院、消防站、派出所", "hospitals, fire and police stations without ambulances");
        } else if (kind == SiteKind.SHELTER) {
            Set<Long> used = new HashSet<>();
            for (Shelter s : site.shelters()) {
                if (s.osmId() != null) {
                    used.add(s.osmId());
                }
            }
            for (OsmArea a : layers.shelterCandidates()) {
                if (!used.contains(a.osmId())) {
                    raw.add(parcel(site, a));
                }
            }
            source = new LocalizedText("OSM 学校、公园、广场、体育场（尚未作为避难场所）",
                    "OSM schools, parks, squares, stadiums not yet used as shelters");
        } else {
            for (OsmArea a : layers.industrial()) {
                raw.add(parcel(site, a));
            }
            source = new LocalizedText("OSM 工业用地（仓储）", "OSM industrial areas (warehousing)");
        }
        BBox aoi = site.scenario().map().areaOfInterest();
        List<Candidate> kept = new ArrayList<>();
        int excluded = 0;
        for (Candidate c : raw) {
            if (c == null || (aoi != null && !aoi.contains(c.lat(), c.lon()))) {
                continue;
            }
            if (!Double.isNaN(c.areaM2()) && c.areaM2() < limits.minAreaM2()) {
                continue;
            }
            if (!roads.open(c.node())) {
                excluded++;
                continue;
            }
            kept.add(c);
        }
        if (kept.size() > limits.maxCandidates()) {
            kept.sort(Comparator.comparingDouble((Candidate c) -> Double.isNaN(c.areaM2()) ? 0 : -c.areaM2())
                    .thenComparing(Candidate::id));
            kept = new ArrayList<>(kept.subList(0, limits.maxCandidates()));
        }
        kept.sort(Comparator.comparing(Candidate::id));
        return new Found(List.copyOf(kept), source, excluded);
    }

    private static Candidate parcel(ScenarioSite site, OsmArea a) {
        Point inside = a.polygon().getInteriorPoint();
        Snap snap;
        try {
            snap = site.snapper().snap("osm-" + a.osmId(), inside.getY(), inside.getX());
        } catch (IllegalArgumentException farFromRoads) {
            return null;
        }
        String kind = a.kind().toLowerCase(Locale.ROOT);
        LocalizedText name = a.name().isBlank()
                ? new LocalizedText(kindZh(kind) + "（OSM " + a.osmId() + "）", kind + " (OSM " + a.osmId() + ")")
                : new LocalizedText(a.name(), a.name());
        return new Candidate("osm-" + kind + "-" + a.osmId(), name, kind, inside.getX(), inside.getY(), snap.node(),
                a.areaM2(), a.osmId(), outline(a.polygon()));
    }

    private static List<Candidate> stations(ScenarioSite site) {
        Set<String> bases = new HashSet<>(ExistingSites.ambulanceBaseIds(site));
        List<Candidate> out = new ArrayList<>();
        for (Hospital h : site.hospitals()) {
            if (!bases.contains(h.id())) {
                out.add(point(site, h.id(), h.name(), "hospital", h.location().lon(), h.location().lat(), h.osmId()));
            }
        }
        for (Station s : site.fireStations()) {
            if (!bases.contains(s.id())) {
                out.add(point(site, s.id(), s.name(), "fire-station", s.location().lon(), s.location().lat(), s.osmId()));
            }
        }
        for (Station s : site.policeStations()) {
            if (!bases.contains(s.id())) {
                out.add(point(site, s.id(), s.name(), "police-station", s.location().lon(), s.location().lat(), s.osmId()));
            }
        }
        return out;
    }

    private static Candidate point(ScenarioSite site, String id, LocalizedText name, String kind, double lon, double lat,
                                   Long osmId) {
        return new Candidate(id, name, kind, lon, lat, site.facility(id).node(), Double.NaN, osmId, List.of());
    }

    /** One road node per grid square: the node nearest the square's centre. */
    private static List<Candidate> grid(ScenarioSite site, double gridM) {
        RoadNetwork net = site.network();
        var b = net.bounds();
        double lat0 = (b.getMinY() + b.getMaxY()) / 2;
        double mPerDegLat = 111_320.0;
        double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(lat0));
        int cols = Math.max(1, (int) Math.ceil((b.getMaxX() - b.getMinX()) * mPerDegLon / gridM));
        int rows = Math.max(1, (int) Math.ceil((b.getMaxY() - b.getMinY()) * mPerDegLat / gridM));
        int[] best = new int[cols * rows];
        double[] bestD = new double[cols * rows];
        java.util.Arrays.fill(best, -1);
        for (int v = 0; v < net.nodeCount(); v++) {
            double x = (net.lon(v) - b.getMinX()) * mPerDegLon;
            double y = (net.lat(v) - b.getMinY()) * mPerDegLat;
            int cx = Math.min(cols - 1, (int) (x / gridM));
            int cy = Math.min(rows - 1, (int) (y / gridM));
            double dx = x - (cx + 0.5) * gridM;
            double dy = y - (cy + 0.5) * gridM;
            double d = dx * dx + dy * dy;
            int k = cy * cols + cx;
            if (best[k] < 0 || d < bestD[k]) {
                best[k] = v;
                bestD[k] = d;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int v : best) {
            if (v >= 0) {
                out.add(new Candidate(String.format(Locale.ROOT, "node-%06d", v),
                        new LocalizedText("路网节点 " + v, "road node " + v), "road-node", net.lon(v), net.lat(v), v,
                        Double.NaN, null, List.of()));
            }
        }
        return out;
    }

    private static List<List<Double>> outline(Geometry g) {
        Polygon p = null;
        if (g instanceof Polygon poly) {
            p = poly;
        } else {
            double largest = -1;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon poly && poly.getArea() > largest) {
                    largest = poly.getArea();
                    p = poly;
                }
            }
        }
        if (p == null) {
            return List.of();
        }
        List<List<Double>> out = new ArrayList<>();
        for (Coordinate c : p.getExteriorRing().getCoordinates()) {
            out.add(List.of(Math.round(c.x * 1e6) / 1e6, Math.round(c.y * 1e6) / 1e6));
        }
        return out;
    }

    private static String kindZh(String kind) {
        return switch (kind) {
            case "school" -> "学校";
            case "park" -> "公园";
            case "square" -> "广场";
            case "stadium" -> "体育场";
            case "industrial" -> "工业用地";
            default -> "地块";
        };
    }
}

package org.drillsim.geodata;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.drillsim.routing.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.polygonize.Polygonizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads facilities, shelter candidates, land cover, water and buildings from an OSM extract (PBF or
 * XML, plain or gzipped) with GraphHopper's OSM reader, in three passes so only the needed node
 * coordinates are held: relations (multipolygons of interest and their member ways), ways (tagged
 * areas and those members, collecting their node ids), nodes (POIs and the needed coordinates).
 * Multipolygon relations are assembled with JTS's {@link Polygonizer} (outer rings minus inner rings),
 * invalid OSM polygons are repaired with {@link GeometryFixer}.
 */
public final class OsmExtractor {
    private static final GeometryFactory GF = new GeometryFactory();
    /** The administrative level of a district (区/县) in Chinese OSM data: province 4, city 5, district 6, street 8. */
    public static final String DISTRICT_ADMIN_LEVEL = "6";

    private OsmExtractor() {
    }

    /** What a tagged element is, or null when DrillSim does not use it. */
    static String classify(ReaderElement e) {
        String amenity = e.getTag("amenity");
        if ("hospital".equals(amenity) || "hospital".equals(e.getTag("healthcare"))) {
            return "hospital";
        }
        if ("fire_station".equals(amenity)) {
            return "fire_station";
        }
        if ("police".equals(amenity)) {
            return "police";
        }
        if ("school".equals(amenity) || "college".equals(amenity) || "university".equals(amenity)) {
            return "school";
        }
        String leisure = e.getTag("leisure");
        if ("park".equals(leisure)) {
            return "park";
        }
        if ("stadium".equals(leisure)) {
            return "stadium";
        }
        if ("square".equals(e.getTag("place")) || ("pedestrian".equals(e.getTag("highway")) && "yes".equals(e.getTag("area")))) {
            return "square";
        }
        String landuse = e.getTag("landuse");
        String natural = e.getTag("natural");
        if ("industrial".equals(landuse)) {
            return "industrial";
        }
        if ("forest".equals(landuse) || "wood".equals(natural)) {
            return "forest";
        }
        if ("scrub".equals(natural) || "heath".equals(natural)) {
            return "scrub";
        }
        if ("grass".equals(landuse) || "meadow".equals(landuse) || "grassland".equals(natural)) {
            return "grass";
        }
        if ("water".equals(natural) || "riverbank".equals(e.getTag("waterway")) || "reservoir".equals(landuse)
                || "basin".equals(landuse)) {
            return "water";
        }
        if ("residential".equals(landuse)) {
            return "residential";
        }
        String building = e.getTag("building");
        if (building != null && !"no".equals(building)) {
            return "building";
        }
        return null;
    }

    static boolean isPoiKind(String kind) {
        return "hospital".equals(kind) || "fire_station".equals(kind) || "police".equals(kind);
    }

    /**
     * Extracts the layers.
     *
     * @throws OsmExtractException one line naming the file when it is missing, unreadable or corrupt
     */
    public static OsmLayers extract(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OsmExtractException("OSM file not found: " + file);
        }
        try {
            return new Run(file).run();
        } catch (OsmExtractException e) {
            throw e;
        } catch (Exception | Error e) {
            throw new OsmExtractException("cannot read OSM file " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " — " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** One extraction: the three passes and the assembled layers. */
    private static final class Run {
        final Path file;
        final List<RelationInfo> relations = new ArrayList<>();
        final LongHashSet memberWays = new LongHashSet();
        final List<WayInfo> taggedWays = new ArrayList<>();
        final Map<Long, LongArrayList> memberWayNodes = new java.util.HashMap<>();
        final LongHashSet neededNodes = new LongHashSet();
        final LongIntHashMap nodeIndex = new LongIntHashMap();
        final com.carrotsearch.hppc.DoubleArrayList nodeLat = new com.carrotsearch.hppc.DoubleArrayList();
        final com.carrotsearch.hppc.DoubleArrayList nodeLon = new com.carrotsearch.hppc.DoubleArrayList();
        final List<OsmPoi> hospitals = new ArrayList<>();
        final List<OsmPoi> fire = new ArrayList<>();
        final List<OsmPoi> police = new ArrayList<>();
        final List<OsmArea> shelters = new ArrayList<>();
        final List<OsmArea> industrial = new ArrayList<>();
        final List<OsmArea> fuel = new ArrayList<>();
        final List<OsmArea> water = new ArrayList<>();
        final List<OsmArea> residential = new ArrayList<>();
        final List<OsmBuilding> buildings = new ArrayList<>();
        final List<AdminInfo> admins = new ArrayList<>();
        double minLon = Double.POSITIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;

        record AdminInfo(long id, String name, long[] ways, long[] seeds) {
        }

        record RelationInfo(long id, String kind, String name, long[] outer, long[] inner) {
        }

        record WayInfo(long id, String kind, String name, long[] nodes, String buildingType, int levels) {
        }

        Run(Path file) {
            this.file = file;
        }

        OsmLayers run() throws Exception {
            pass(new SkipOptions(true, true, false), ReaderElement.Type.RELATION, e -> {
                ReaderRelation r = (ReaderRelation) e;
                if ("administrative".equals(r.getTag("boundary")) && DISTRICT_ADMIN_LEVEL.equals(r.getTag("admin_level"))) {
                    addAdmin(r);
                    return;
                }
                String kind = classify(r);
                if (kind == null || "building".equals(kind) || !"multipolygon".equals(r.getTag("type"))) {
                    return;
                }
                LongArrayList outer = new LongArrayList();
                LongArrayList inner = new LongArrayList();
                for (ReaderRelation.Member m : r.getMembers()) {
                    if (m.getType() == ReaderElement.Type.WAY) {
                        ("inner".equals(m.getRole()) ? inner : outer).add(m.getRef());
                        memberWays.add(m.getRef());
                    }
                }
                relations.add(new RelationInfo(r.getId(), kind, name(r), outer.toArray(), inner.toArray()));
            });
            pass(new SkipOptions(true, false, true), ReaderElement.Type.WAY, e -> {
                ReaderWay w = (ReaderWay) e;
                String kind = classify(w);
                boolean member = memberWays.contains(w.getId());
                if (kind == null && !member) {
                    return;
                }
                LongArrayList nodes = w.getNodes();
                for (int i = 0; i < nodes.size(); i++) {
                    neededNodes.add(nodes.get(i));
                }
                if (member) {
                    memberWayNodes.put(w.getId(), new LongArrayList(nodes));
                }
                if (kind != null) {
                    taggedWays.add(new WayInfo(w.getId(), kind, name(w), nodes.toArray(),
                            "building".equals(kind) ? w.getTag("building") : null, levels(w)));
                }
            });
            pass(new SkipOptions(false, true, true), ReaderElement.Type.NODE, e -> {
                ReaderNode n = (ReaderNode) e;
                minLon = Math.min(minLon, n.getLon());
                maxLon = Math.max(maxLon, n.getLon());
                minLat = Math.min(minLat, n.getLat());
                maxLat = Math.max(maxLat, n.getLat());
                if (neededNodes.contains(n.getId())) {
                    nodeIndex.put(n.getId(), nodeLat.size());
                    nodeLat.add(n.getLat());
                    nodeLon.add(n.getLon());
                }
                String kind = n.hasTags() ? classify(n) : null;
                if (isPoiKind(kind)) {
                    poiList(kind).add(new OsmPoi(n.getId(), name(n), n.getLat(), n.getLon()));
                }
            });
            for (WayInfo w : taggedWays) {
                addWay(w);
            }
            for (RelationInfo r : relations) {
                addRelation(r);
            }
            List<OsmArea> districts = districts();
            Comparator<OsmPoi> byPoiId = Comparator.comparingLong(OsmPoi::osmId);
            Comparator<OsmArea> byAreaId = Comparator.comparingLong(OsmArea::osmId);
            hospitals.sort(byPoiId);
            fire.sort(byPoiId);
            police.sort(byPoiId);
            for (List<OsmArea> l : List.of(shelters, industrial, fuel, water, residential)) {
                l.sort(byAreaId);
            }
            return new OsmLayers(file.getFileName().toString(), hospitals, fire, police, shelters, industrial, fuel,
                    water, residential, buildings, districts);
        }

        void addAdmin(ReaderRelation r) {
            LongArrayList ways = new LongArrayList();
            LongArrayList seeds = new LongArrayList();
            for (ReaderRelation.Member m : r.getMembers()) {
                if (m.getType() == ReaderElement.Type.WAY) {
                    ways.add(m.getRef());
                    memberWays.add(m.getRef());
                } else if (m.getType() == ReaderElement.Type.NODE
                        && ("label".equals(m.getRole()) || "admin_centre".equals(m.getRole()))) {
                    seeds.add(m.getRef());
                    neededNodes.add(m.getRef());
                }
            }
            admins.add(new AdminInfo(r.getId(), name(r), ways.toArray(), seeds.toArray()));
        }

        /** The district areas: each member way split into runs of nodes the extract holds, see DistrictAssembler. */
        List<OsmArea> districts() {
            if (admins.isEmpty() || minLon > maxLon) {
                return List.of();
            }
            List<DistrictAssembler.Boundary> bounds = new ArrayList<>();
            for (AdminInfo a : admins) {
                List<Coordinate[]> lines = new ArrayList<>();
                List<boolean[]> cut = new ArrayList<>();
                for (long w : a.ways()) {
                    LongArrayList nodes = memberWayNodes.get(w);
                    if (nodes == null) {
                        continue;
                    }
                    List<Coordinate> run = new ArrayList<>();
                    boolean startCut = false;
                    for (int i = 0; i < nodes.size(); i++) {
                        int k = nodeIndex.getOrDefault(nodes.get(i), -1);
                        if (k >= 0) {
                            run.add(new Coordinate(nodeLon.get(k), nodeLat.get(k)));
                            continue;
                        }
                        if (!run.isEmpty()) {
                            lines.add(run.toArray(new Coordinate[0]));
                            cut.add(new boolean[] {startCut, true});
                            run.clear();
                        }
                        startCut = true;
                    }
                    if (!run.isEmpty()) {
                        lines.add(run.toArray(new Coordinate[0]));
                        cut.add(new boolean[] {startCut, false});
                    }
                }
                List<Coordinate> seeds = new ArrayList<>();
                for (long id : a.seeds()) {
                    int k = nodeIndex.getOrDefault(id, -1);
                    if (k >= 0) {
                        seeds.add(new Coordinate(nodeLon.get(k), nodeLat.get(k)));
                    }
                }
                bounds.add(new DistrictAssembler.Boundary(a.id(), a.name(), lines, cut, seeds));
            }
            bounds.sort(Comparator.comparingLong(DistrictAssembler.Boundary::osmId));
            return DistrictAssembler.assemble(bounds, new org.locationtech.jts.geom.Envelope(minLon, maxLon, minLat, maxLat));
        }

        void pass(SkipOptions skip, ReaderElement.Type type, Consumer<ReaderElement> handler) throws Exception {
            try (OSMInputFile in = new OSMInputFile(file.toFile()).setWorkerThreads(1).setSkipOptions(skip).open()) {
                ReaderElement e;
                while ((e = in.getNext()) != null) {
                    if (e.getType() == type) { // the file header comes through too
                        handler.accept(e);
                    }
                }
            }
        }

        List<OsmPoi> poiList(String kind) {
            return switch (kind) {
                case "hospital" -> hospitals;
                case "fire_station" -> fire;
                default -> police;
            };
        }

        Coordinate[] coords(long[] nodeIds) {
            List<Coordinate> cs = new ArrayList<>(nodeIds.length);
            for (long id : nodeIds) {
                int i = nodeIndex.getOrDefault(id, -1);
                if (i >= 0) {
                    cs.add(new Coordinate(nodeLon.get(i), nodeLat.get(i)));
                }
            }
            return cs.toArray(new Coordinate[0]);
        }

        void addWay(WayInfo w) {
            Coordinate[] cs = coords(w.nodes());
            boolean closed = w.nodes().length >= 4 && w.nodes()[0] == w.nodes()[w.nodes().length - 1]
                    && cs.length == w.nodes().length;
            if (isPoiKind(w.kind())) {
                if (cs.length == 0) {
                    return;
                }
                Point c = closed ? GF.createPolygon(cs).getCentroid() : GF.createMultiPointFromCoords(cs).getCentroid();
                poiList(w.kind()).add(new OsmPoi(w.id(), w.name(), c.getY(), c.getX()));
                return;
            }
            if (!closed) {
                return; // open ways are not areas (e.g. a pedestrian street without area=yes)
            }
            Geometry poly = valid(GF.createPolygon(cs));
            if (poly.isEmpty()) {
                return;
            }
            if ("building".equals(w.kind())) {
                Point c = poly.getCentroid();
                buildings.add(new OsmBuilding(c.getY(), c.getX(), areaM2(poly), w.levels(), w.buildingType()));
                return;
            }
            addArea(w.id(), w.name(), w.kind(), poly);
        }

        void addRelation(RelationInfo r) {
            Geometry outer = polygonize(r.outer());
            if (outer == null || outer.isEmpty()) {
                return;
            }
            Geometry inner = polygonize(r.inner());
            Geometry poly = inner == null || inner.isEmpty() ? outer : valid(outer.difference(inner));
            if (poly.isEmpty()) {
                return;
            }
            if (isPoiKind(r.kind())) {
                Point c = poly.getCentroid();
                poiList(r.kind()).add(new OsmPoi(r.id(), r.name(), c.getY(), c.getX()));
                return;
            }
            addArea(r.id(), r.name(), r.kind(), poly);
        }

        /** The polygons formed by the member ways (rings may be split over several ways), unioned. */
        Geometry polygonize(long[] wayIds) {
            if (wayIds.length == 0) {
                return null;
            }
            Polygonizer p = new Polygonizer(true);
            List<Geometry> lines = new ArrayList<>();
            for (long w : wayIds) {
                LongArrayList nodes = memberWayNodes.get(w);
                if (nodes == null) {
                    continue; // member outside the extract
                }
                Coordinate[] cs = coords(nodes.toArray());
                if (cs.length >= 2) {
                    lines.add(GF.createLineString(cs));
                }
            }
            if (lines.isEmpty()) {
                return null;
            }
            // node the lines so rings closing over several ways are found
            Geometry noded = GF.buildGeometry(lines).union();
            p.add(noded);
            @SuppressWarnings("unchecked")
            Collection<Polygon> polys = p.getPolygons();
            if (polys.isEmpty()) {
                return null;
            }
            return valid(GF.buildGeometry(new ArrayList<Geometry>(polys)).union());
        }

        void addArea(long id, String name, String kind, Geometry poly) {
            OsmArea a = new OsmArea(id, name, kind, poly, areaM2(poly));
            switch (kind) {
                case "school", "park", "square", "stadium" -> shelters.add(a);
                case "industrial" -> industrial.add(a);
                case "forest", "scrub", "grass" -> fuel.add(a);
                case "water" -> water.add(a);
                case "residential" -> residential.add(a);
                default -> { }
            }
        }
    }

    static Geometry valid(Geometry g) {
        return g.isValid() ? g : GeometryFixer.fix(g);
    }

    /** Area in m² through a local projection at the geometry's centroid. */
    public static double areaM2(Geometry lonLat) {
        Point c = lonLat.getCentroid();
        if (c.isEmpty()) {
            return 0;
        }
        return new LocalProjection(c.getX(), c.getY()).toMetres(lonLat).getArea();
    }

    static String name(ReaderElement e) {
        String zh = e.getTag("name:zh");
        if (zh != null && !zh.isBlank()) {
            return zh;
        }
        String n = e.getTag("name");
        return n == null ? "" : n;
    }

    static int levels(ReaderElement e) {
        String v = e.getTag("building:levels");
        if (v == null) {
            return 0;
        }
        try {
            int l = (int) Math.round(Double.parseDouble(v.trim()));
            return l > 0 && l < 200 ? l : 0;
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}

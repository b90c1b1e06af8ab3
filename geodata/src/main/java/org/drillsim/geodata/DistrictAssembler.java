package org.drillsim.geodata;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Administrative areas from the boundary lines an extract holds. A city extract cuts district boundary relations
 * at its edge (Harbin: most member ways of 松北区 lie outside it, 道里区's ways are shared with its neighbours), so a
 * relation seldom closes into a ring. Instead all boundary lines, each cut line continued straight to the nearest
 * side of the extract, and the extract's outline are noded and polygonized into faces; each face is then labelled:
 * the face holding a relation's {@code label} / {@code admin_centre} node is that relation's, and labels spread
 * across the edges — an edge on the boundaries of exactly two relations separates their areas, an edge on one
 * relation's boundary only separates it from land outside every known district. Faces no label reaches stay out of
 * every district. A district is the union of its faces.
 */
public final class DistrictAssembler {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final int UNKNOWN = -2;
    private static final int OUTSIDE = -1;

    private DistrictAssembler() {
    }

    /**
     * One boundary relation.
     *
     * @param osmId  relation id
     * @param name   its name
     * @param lines  its member ways as far as the extract holds them (pieces between missing nodes)
     * @param cut    for each line, whether its start / end was cut by the extract (a node beyond it is missing):
     *               {@code cut[i][0]} start, {@code cut[i][1]} end
     * @param seeds  points inside it ({@code label}, {@code admin_centre} members)
     */
    public record Boundary(long osmId, String name, List<Coordinate[]> lines, List<boolean[]> cut, List<Coordinate> seeds) {
    }

    /** The districts' areas within {@code extent} (lon/lat), one per boundary that got any face, in boundary order. */
    public static List<OsmArea> assemble(List<Boundary> boundaries, Envelope extent) {
        List<LineString> all = new ArrayList<>();
        List<LineString> owned = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int b = 0; b < boundaries.size(); b++) {
            Boundary bd = boundaries.get(b);
            for (int i = 0; i < bd.lines().size(); i++) {
                Coordinate[] cs = bd.lines().get(i);
                List<Coordinate> line = new ArrayList<>();
                if (bd.cut().get(i)[0]) {
                    line.add(toEdge(cs[0], extent));
                }
                line.addAll(Arrays.asList(cs));
                if (bd.cut().get(i)[1]) {
                    line.add(toEdge(cs[cs.length - 1], extent));
                }
                Coordinate[] lc = dedupe(line);
                if (lc.length < 2) {
                    continue;
                }
                LineString ls = GF.createLineString(lc);
                all.add(ls);
                owned.add(ls);
                owner.add(b);
            }
        }
        if (owned.isEmpty()) {
            return List.of();
        }
        all.add(((Polygon) GF.toGeometry(extent)).getExteriorRing());
        Geometry noded = UnaryUnionOp.union(all);
        Polygonizer pz = new Polygonizer();
        pz.add(noded);
        @SuppressWarnings("unchecked")
        List<Polygon> faces = new ArrayList<>((Collection<Polygon>) pz.getPolygons());
        faces.sort(Comparator.comparingDouble((Polygon p) -> p.getEnvelopeInternal().getMinX())
                .thenComparingDouble(p -> p.getEnvelopeInternal().getMinY()).thenComparingDouble(Geometry::getArea));
        STRtree faceIndex = new STRtree();
        List<PreparedGeometry> prepared = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            prepared.add(PreparedGeometryFactory.prepare(faces.get(f)));
            faceIndex.insert(faces.get(f).getEnvelopeInternal(), f);
        }
        STRtree lineIndex = new STRtree();
        for (int i = 0; i < owned.size(); i++) {
            lineIndex.insert(owned.get(i).getEnvelopeInternal(), i);
        }
        // the face graph: for each noded edge, the faces on its two sides and the relations it bounds
        List<int[]> edges = new ArrayList<>();
        List<int[]> edgeOwners = new ArrayList<>();
        for (int g = 0; g < noded.getNumGeometries(); g++) {
            Coordinate[] cs = noded.getGeometryN(g).getCoordinates();
            int k = longestSegment(cs);
            if (k < 0) {
                continue;
            }
            Coordinate a = cs[k];
            Coordinate c = cs[k + 1];
            double len = a.distance(c);
            double eps = Math.min(1e-6, len / 4);
            Coordinate mid = new Coordinate((a.x + c.x) / 2, (a.y + c.y) / 2);
            double nx = -(c.y - a.y) / len * eps;
            double ny = (c.x - a.x) / len * eps;
            int left = faceAt(faceIndex, prepared, mid.x + nx, mid.y + ny);
            int right = faceAt(faceIndex, prepared, mid.x - nx, mid.y - ny);
            if (left < 0 || right < 0 || left == right) {
                continue;
            }
            Point m = GF.createPoint(mid);
            List<Integer> who = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Integer> near = lineIndex.query(new Envelope(mid.x - 1e-7, mid.x + 1e-7, mid.y - 1e-7, mid.y + 1e-7));
            for (int i : near) {
                int b = owner.get(i);
                if (!who.contains(b) && owned.get(i).distance(m) < 1e-9) {
                    who.add(b);
                }
            }
            edges.add(new int[] {left, right});
            edgeOwners.add(who.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        List<List<int[]>> adj = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            adj.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            adj.get(edges.get(e)[0]).add(new int[] {edges.get(e)[1], e});
            adj.get(edges.get(e)[1]).add(new int[] {edges.get(e)[0], e});
        }
        int[] label = new int[faces.size()];
        Arrays.fill(label, UNKNOWN);
        Deque<Integer> queue = new ArrayDeque<>();
        for (int b = 0; b < boundaries.size(); b++) {
            for (Coordinate s : boundaries.get(b).seeds()) {
                int f = faceAt(faceIndex, prepared, s.x, s.y);
                if (f >= 0 && label[f] == UNKNOWN) {
                    label[f] = b;
                    queue.add(f);
                }
            }
        }
        while (!queue.isEmpty()) {
            int f = queue.poll();
            for (int[] n : adj.get(f)) {
                if (label[n[0]] != UNKNOWN) {
                    continue;
                }
                int next = across(label[f], edgeOwners.get(n[1]));
                if (next != UNKNOWN) {
                    label[n[0]] = next;
                    queue.add(n[0]);
                }
            }
        }
        List<OsmArea> out = new ArrayList<>();
        for (int b = 0; b < boundaries.size(); b++) {
            List<Geometry> mine = new ArrayList<>();
            for (int f = 0; f < faces.size(); f++) {
                if (label[f] == b) {
                    mine.add(faces.get(f));
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            Geometry area = OsmExtractor.valid(UnaryUnionOp.union(mine));
            out.add(new OsmArea(boundaries.get(b).osmId(), boundaries.get(b).name(), "district", area,
                    OsmExtractor.areaM2(area)));
        }
        return out;
    }

    /** The label of the face across an edge bounding {@code owners}, from a face labelled {@code from}. */
    static int across(int from, int[] owners) {
        if (from == OUTSIDE) {
            return owners.length == 1 ? owners[0] : UNKNOWN;
        }
        if (Arrays.binarySearch(owners, from) < 0) {
            return UNKNOWN; // not this district's boundary: the data disagree, leave it
        }
        if (owners.length == 1) {
            return OUTSIDE;
        }
        if (owners.length == 2) {
            return owners[0] == from ? owners[1] : owners[0];
        }
        return UNKNOWN;
    }

    private static int faceAt(STRtree index, List<PreparedGeometry> prepared, double x, double y) {
        Point p = GF.createPoint(new Coordinate(x, y));
        @SuppressWarnings("unchecked")
        List<Integer> hits = index.query(new Envelope(x, x, y, y));
        int best = -1;
        for (int f : hits) {
            if (prepared.get(f).contains(p) && (best < 0 || f < best)) {
                best = f;
            }
        }
        return best;
    }

    private static int longestSegment(Coordinate[] cs) {
        int best = -1;
        double len = 0;
        for (int i = 0; i + 1 < cs.length; i++) {
            double d = cs[i].distance(cs[i + 1]);
            if (d > len) {
                len = d;
                best = i;
            }
        }
        return best;
    }

    /** The nearest point on the extent's outline. */
    static Coordinate toEdge(Coordinate c, Envelope e) {
        double x = Math.min(Math.max(c.x, e.getMinX()), e.getMaxX());
        double y = Math.min(Math.max(c.y, e.getMinY()), e.getMaxY());
        double dW = x - e.getMinX();
        double dE = e.getMaxX() - x;
        double dS = y - e.getMinY();
        double dN = e.getMaxY() - y;
        double m = Math.min(Math.min(dW, dE), Math.min(dS, dN));
        if (m == dW) {
            return new Coordinate(e.getMinX(), y);
        }
        if (m == dE) {
            return new Coordinate(e.getMaxX(), y);
        }
        return m == dS ? new Coordinate(x, e.getMinY()) : new Coordinate(x, e.getMaxY());
    }

    private static Coordinate[] dedupe(List<Coordinate> cs) {
        List<Coordinate> out = new ArrayList<>();
        for (Coordinate c : cs) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
                out.add(c);
            }
        }
        return out.toArray(new Coordinate[0]);
    }
}

package org.drillsim.geodata;

import com.carrotsearch.hppc.LongHashSet;
import com.google.protobuf.ByteString;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.openstreetmap.osmosis.osmbinary.Osmformat;
import org.openstreetmap.osmosis.osmbinary.file.BlockOutputStream;
import org.openstreetmap.osmosis.osmbinary.file.FileBlock;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cuts an OSM extract to an area ({@code drillsim map clip}), the way {@code osmium extract --strategy complete_ways}
 * does: every node inside the area, every way with a node inside it together with all of its nodes (so roads and
 * polygons crossing the edge stay whole), and every relation with a kept member, its members limited to the kept
 * elements (no dangling references; a node the input itself lacks, as in an extract cut without complete ways, is
 * left out of its way). Read with GraphHopper's OSM reader (PBF or XML, plain or gzipped); written as
 * PBF through Osmosis' {@code osm-binary} format library (zlib blocks of at most 8000 elements). Tags are kept;
 * versions, timestamps and users are not.
 */
public final class OsmClip {
    private static final int BLOCK = 8000;

    private OsmClip() {
    }

    /** What was kept. */
    public record Counts(long nodes, long ways, long relations) {
    }

    /**
     * Clips {@code in} to {@code area} (lon/lat Polygon or MultiPolygon; a box is {@code GeometryFactory.toGeometry})
     * into {@code out}, written atomically.
     *
     * @throws OsmExtractException one line when the input cannot be read
     */
    public static Counts clip(Path in, Geometry area, Path out) throws IOException {
        if (!Files.isRegularFile(in)) {
            throw new OsmExtractException("OSM file not found: " + in);
        }
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
        Envelope env = area.getEnvelopeInternal();
        LongHashSet nodesIn = new LongHashSet();
        pass(in, new SkipOptions(false, true, true), ReaderElement.Type.NODE, e -> {
            ReaderNode n = (ReaderNode) e;
            if (env.contains(n.getLon(), n.getLat())
                    && inside.locate(new Coordinate(n.getLon(), n.getLat())) != Location.EXTERIOR) {
                nodesIn.add(n.getId());
            }
        });
        LongHashSet nodes = new LongHashSet();
        nodes.addAll(nodesIn);
        LongHashSet ways = new LongHashSet();
        pass(in, new SkipOptions(true, false, true), ReaderElement.Type.WAY, e -> {
            ReaderWay w = (ReaderWay) e;
            var refs = w.getNodes();
            for (int i = 0; i < refs.size(); i++) {
                if (nodesIn.contains(refs.get(i))) {
                    ways.add(w.getId());
                    for (int k = 0; k < refs.size(); k++) {
                        nodes.add(refs.get(k));
                    }
                    return;
                }
            }
        });
        // relations with a kept node or way member; relations among them are kept members of each other
        List<ReaderRelation> relations = new ArrayList<>();
        pass(in, new SkipOptions(true, true, false), ReaderElement.Type.RELATION, e -> {
            ReaderRelation r = (ReaderRelation) e;
            for (ReaderRelation.Member m : r.getMembers()) {
                if (m.getType() == ReaderElement.Type.NODE && nodes.contains(m.getRef())
                        || m.getType() == ReaderElement.Type.WAY && ways.contains(m.getRef())) {
                    relations.add(r);
                    return;
                }
            }
        });
        LongHashSet relationIds = new LongHashSet();
        relations.forEach(r -> relationIds.add(r.getId()));

        Path tmp = out.resolveSibling(out.getFileName() + ".partial");
        long[] counts = new long[3];
        // what was written: an input cut without complete ways references nodes it lacks; such refs are dropped
        LongHashSet nodesOut = new LongHashSet();
        LongHashSet waysOut = new LongHashSet();
        try (OutputStream os = Files.newOutputStream(tmp)) {
            BlockOutputStream blocks = new BlockOutputStream(os);
            blocks.setCompress("deflate");
            blocks.write(FileBlock.newInstance("OSMHeader", header(env).toByteString(), null));
            Writer w = new Writer(blocks);
            pass(in, new SkipOptions(false, true, true), ReaderElement.Type.NODE, e -> {
                if (nodes.contains(e.getId())) {
                    w.node((ReaderNode) e);
                    nodesOut.add(e.getId());
                    counts[0]++;
                }
            });
            w.flush();
            pass(in, new SkipOptions(true, false, true), ReaderElement.Type.WAY, e -> {
                if (ways.contains(e.getId()) && w.way((ReaderWay) e, nodesOut)) {
                    waysOut.add(e.getId());
                    counts[1]++;
                }
            });
            w.flush();
            for (ReaderRelation r : relations) {
                w.relation(r, nodesOut, waysOut, relationIds);
                counts[2]++;
            }
            w.flush();
            blocks.flush();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private static Osmformat.HeaderBlock header(Envelope env) {
        return Osmformat.HeaderBlock.newBuilder()
                .addRequiredFeatures("OsmSchema-V0.6")
                .setWritingprogram("DrillSim map clip")
                .setBbox(Osmformat.HeaderBBox.newBuilder()
                        .setLeft(Math.round(env.getMinX() * 1e9)).setRight(Math.round(env.getMaxX() * 1e9))
                        .setBottom(Math.round(env.getMinY() * 1e9)).setTop(Math.round(env.getMaxY() * 1e9)))
                .build();
    }

    private static void pass(Path file, SkipOptions skip, ReaderElement.Type type, Consumer<ReaderElement> handler) {
        try (OSMInputFile in = new OSMInputFile(file.toFile()).setWorkerThreads(1).setSkipOptions(skip).open()) {
            ReaderElement e;
            while ((e = in.getNext()) != null) {
                if (e.getType() == type) {
                    handler.accept(e);
                }
            }
        } catch (Exception ex) {
            throw new OsmExtractException("cannot read OSM file " + file + ": " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : " — " + ex.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Collects elements of one kind into primitive blocks (one string table each) and writes them. */
    private static final class Writer {
        private final BlockOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder();
        private Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
        private int size;

        Writer(BlockOutputStream out) {
            this.out = out;
            reset();
        }

        private void reset() {
            strings.clear();
            table.clear();
            table.addS(ByteString.EMPTY); // index 0 is reserved
            strings.put("", 0);
            group = Osmformat.PrimitiveGroup.newBuilder();
            size = 0;
        }

        private int s(String v) {
            return strings.computeIfAbsent(v, k -> {
                table.addS(ByteString.copyFromUtf8(k));
                return table.getSCount() - 1;
            });
        }

        void node(ReaderNode n) {
            Osmformat.Node.Builder b = Osmformat.Node.newBuilder().setId(n.getId())
                    .setLat(Math.round(n.getLat() * 1e7)).setLon(Math.round(n.getLon() * 1e7));
            n.getTags().forEach((k, v) -> b.addKeys(s(k)).addVals(s(String.valueOf(v))));
            group.addNodes(b);
            count();
        }

        /** Writes the way with its refs to written nodes; false (nothing written) when fewer than two are left. */
        boolean way(ReaderWay w, LongHashSet written) {
            var refs = w.getNodes();
            int kept = 0;
            for (int i = 0; i < refs.size(); i++) {
                kept += written.contains(refs.get(i)) ? 1 : 0;
            }
            if (kept < 2) {
                return false;
            }
            Osmformat.Way.Builder b = Osmformat.Way.newBuilder().setId(w.getId());
            w.getTags().forEach((k, v) -> b.addKeys(s(k)).addVals(s(String.valueOf(v))));
            long last = 0;
            for (int i = 0; i < refs.size(); i++) {
                if (written.contains(refs.get(i))) {
                    b.addRefs(refs.get(i) - last); // delta coded
                    last = refs.get(i);
                }
            }
            group.addWays(b);
            count();
            return true;
        }

        void relation(ReaderRelation r, LongHashSet nodes, LongHashSet ways, LongHashSet relations) {
            Osmformat.Relation.Builder b = Osmformat.Relation.newBuilder().setId(r.getId());
            r.getTags().forEach((k, v) -> b.addKeys(s(k)).addVals(s(String.valueOf(v))));
            long last = 0;
            for (ReaderRelation.Member m : r.getMembers()) {
                Osmformat.Relation.MemberType type;
                boolean kept;
                switch (m.getType()) {
                    case NODE -> {
                        type = Osmformat.Relation.MemberType.NODE;
                        kept = nodes.contains(m.getRef());
                    }
                    case WAY -> {
                        type = Osmformat.Relation.MemberType.WAY;
                        kept = ways.contains(m.getRef());
                    }
                    default -> {
                        type = Osmformat.Relation.MemberType.RELATION;
                        kept = relations.contains(m.getRef());
                    }
                }
                if (!kept) {
                    continue; // referential integrity: no member the clipped file lacks
                }
                b.addRolesSid(s(m.getRole() == null ? "" : m.getRole())).addMemids(m.getRef() - last).addTypes(type);
                last = m.getRef();
            }
            group.addRelations(b);
            count();
        }

        private void count() {
            if (++size >= BLOCK) {
                flush();
            }
        }

        void flush() {
            if (size == 0) {
                return;
            }
            Osmformat.PrimitiveBlock block = Osmformat.PrimitiveBlock.newBuilder().setStringtable(table)
                    .addPrimitivegroup(group).build();
            try {
                out.write(FileBlock.newInstance("OSMData", block.toByteString(), null));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            reset();
        }
    }
}

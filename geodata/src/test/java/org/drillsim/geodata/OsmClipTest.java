package org.drillsim.geodata;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.drillsim.routing.MapLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clipping keeps ways whole and leaves no dangling reference (central Harbin, 126.60–126.65 E, 45.74–45.78 N). */
class OsmClipTest {
    static final double[] BOX = {126.60, 45.74, 126.65, 45.78};

    static boolean inBox(double lon, double lat) {
        return lon >= BOX[0] && lon <= BOX[2] && lat >= BOX[1] && lat <= BOX[3];
    }

    @Test
    void wholeWaysAndNoDanglingReferences(@TempDir Path dir) throws Exception {
        Path harbin = MapLocator.locate("harbin.osm.pbf", null);
        Path clipped = dir.resolve("centre.osm.pbf");
        OsmClip.Counts c = OsmClip.clip(harbin, new GeometryFactory().toGeometry(new Envelope(BOX[0], BOX[2], BOX[1], BOX[3])),
                clipped);
        Set<Long> nodes = new HashSet<>();
        Set<Long> ways = new HashSet<>();
        Set<Long> relations = new HashSet<>();
        List<ReaderElement> all = new ArrayList<>();
        try (OSMInputFile in = new OSMInputFile(clipped.toFile()).setWorkerThreads(1)
                .setSkipOptions(new SkipOptions(false, false, false)).open()) {
            ReaderElement e;
            while ((e = in.getNext()) != null) {
                all.add(e);
                switch (e.getType()) {
                    case NODE -> nodes.add(e.getId());
                    case WAY -> ways.add(e.getId());
                    case RELATION -> relations.add(e.getId());
                    default -> { }
                }
            }
        }
        assertEquals(c.nodes(), nodes.size());
        assertEquals(c.ways(), ways.size());
        assertEquals(c.relations(), relations.size());
        int nodesOutside = 0;
        for (ReaderElement e : all) {
            if (e instanceof ReaderWay w) {
                for (int i = 0; i < w.getNodes().size(); i++) {
                    assertTrue(nodes.contains(w.getNodes().get(i)), "way " + w.getId() + " lacks node " + w.getNodes().get(i));
                }
            } else if (e instanceof ReaderRelation rel) {
                for (ReaderRelation.Member m : rel.getMembers()) {
                    Set<Long> of = m.getType() == ReaderElement.Type.NODE ? nodes : m.getType() == ReaderElement.Type.WAY ? ways : relations;
                    assertTrue(of.contains(m.getRef()), "relation " + rel.getId() + " member " + m.getRef());
                }
            } else if (e instanceof ReaderNode n && !inBox(n.getLon(), n.getLat())) {
                nodesOutside++; // there only for a way crossing the edge
            }
        }
        assertTrue(nodesOutside > 0, "ways crossing the edge keep their outside nodes");
    }
}

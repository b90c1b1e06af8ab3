package org.drillsim.world;

import org.drillsim.format.library.ScenarioLibrary;

import com.fasterxml.jackson.databind.JsonNode;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.FacilityResolver;
import org.drillsim.geodata.ResolvedFacilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshots of synthetic-small: flood bands close roads but not bridges; the bridge inject closes its bridge. */
class HazardSnapshotTest {
    static Scenario s;
    static RoadNetwork net;
    static ScenarioSite site;
    static ResolvedFacilities facilities;

    @BeforeAll
    static void setUp() throws Exception {
        s = ScenarioLibrary.load("synthetic-small");
        site = SiteLoader.load(s, null, null, null, SiteCache.disabled());
        net = site.network();
        facilities = FacilityResolver.resolve(s, null);
    }

    static HazardSnapshot at(double hours) {
        return HazardSnapshot.at(site, Math.round(hours * 3_600_000), facilities, null);
    }

    @Test
    void atTheStartTheStageEqualsTheBankHeightSoNothingIsFlooded() {
        HazardSnapshot t0 = at(0);
        assertTrue(t0.footprints().get(0).zones().isEmpty(), "stage 0.5 m = bank height 0.5 m → depth 0");
        assertTrue(t0.closedEdges().isEmpty());
    }

    @Test
    void atThePeakFloodedStreetsCloseButBridgesStayOpenUntilTheInject() {
        HazardSnapshot before = at(5);   // stage 1.75 m, before the T+6 h bridge inject
        assertFalse(before.closedEdges().isEmpty());
        assertTrue(before.closedEdges().keySet().stream().noneMatch(net::isBridge), "bridges exempt from flood closure");
        HazardSnapshot peak = at(24);
        assertTrue(peak.closedEdges().size() > before.closedEdges().size(), "the flood widens towards the peak");
        List<Integer> bridges = peak.closedEdges().keySet().stream().filter(net::isBridge).toList();
        assertFalse(bridges.isEmpty(), "the inject closed the Songhua road bridge");
        assertTrue(bridges.stream().allMatch(e -> net.name(e).equals("松花江公路大桥")), "only that bridge");
    }

    @Test
    void geoJsonHasEveryLayerAndTheAttribution(@TempDir Path dir) throws Exception {
        HazardSnapshot peak = at(24);
        Path file = dir.resolve("peak.geojson");
        peak.writeGeoJson(file);
        JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(file));
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals("T+24:00", root.get("properties").get("time").asText());
        long facilitiesOut = 0;
        long hazardsOut = 0;
        long roads = 0;
        for (JsonNode f : root.get("features")) {
            switch (f.get("properties").get("layer").asText()) {
                case "facility" -> facilitiesOut++;
                case "hazard" -> hazardsOut++;
                case "closed-road" -> roads++;
                default -> throw new AssertionError("unknown layer");
            }
        }
        assertEquals(8, facilitiesOut, "2 hospitals, 1 fire station, 1 depot, 4 shelters");
        assertEquals(peak.footprints().get(0).zones().size(), hazardsOut);
        assertEquals(peak.closedEdges().size(), roads);
        assertTrue(root.get("properties").get("attribution").asText().contains("synthetic"));
    }
}

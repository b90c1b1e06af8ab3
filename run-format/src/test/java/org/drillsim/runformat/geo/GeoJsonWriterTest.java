package org.drillsim.runformat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {
    private static final List<LonLat> CLOCKWISE = List.of(LonLat.of(0, 0), LonLat.of(0, 1), LonLat.of(1, 1), LonLat.of(0, 0));

    @Test
    void mapLayerTextIsOneFeaturePerLineWithSixDecimals() {
        String text = GeoJsonWriter.collection(6, false)
                .feature(new GeoGeometry.Point(LonLat.of(126.12345678, 45.5)), "id", "h1", "beds", 40, "share", 0.1234567)
                .feature(new GeoGeometry.LineString(List.of(LonLat.of(1, 2), LonLat.of(3, 4))), "open", false, "name", null)
                .toString();
        assertEquals("""
                {"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"Point","coordinates":[126.123457,45.5]},"properties":{"id":"h1","beds":40,"share":0.123457}},
                {"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{"open":false,"name":null}}
                ]}
                """, text);
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[\n]}\n", GeoJsonWriter.collection(6, false).toString());
    }

    @Test
    void collectionMembersAndRightHandRings() throws Exception {
        String text = GeoJsonWriter.collection(7, true).member("name", "n").member("bbox", new double[] {0, 0, 1, 1})
                .member("properties", Map.of("timeMs", 60000))
                .feature(GeoGeometry.Polygon.of(CLOCKWISE)).feature(GeoGeometry.Polygon.of(CLOCKWISE.subList(0, 3)))
                .toString();
        var root = new ObjectMapper().readTree(text);
        assertEquals("n", root.get("name").asText());
        assertEquals(60000, root.at("/properties/timeMs").asInt());
        assertEquals(1, root.at("/bbox/2").asInt());
        for (int i = 0; i < 2; i++) {
            var ring = root.at("/features/" + i + "/geometry/coordinates/0");
            assertEquals(4, ring.size(), "closed");
            assertEquals(1, ring.get(1).get(0).asInt(), "counter-clockwise: (0,0) → (1,0) … ");
        }
        // as given when not asked to orient
        String asGiven = GeoJsonWriter.collection(6, false).feature(GeoGeometry.Polygon.of(CLOCKWISE)).toString();
        assertEquals(0, new ObjectMapper().readTree(asGiven).at("/features/0/geometry/coordinates/0/1/0").asInt());
    }

    @Test
    void membersAfterAFeatureAndOddPropertiesAreRefused() {
        GeoJsonWriter w = GeoJsonWriter.collection(6, false).feature(new GeoGeometry.Point(LonLat.of(1, 1)));
        assertThrows(IllegalStateException.class, () -> w.member("name", "late"));
        assertThrows(IllegalArgumentException.class, () -> w.feature(new GeoGeometry.Point(LonLat.of(1, 1)), "list", List.of()));
    }
}

package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.exporters.geo.GeoLayer;
import org.drillsim.runformat.geo.LonLat;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {

    private JsonNode write(Language lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter().write(SampleReport.build(), lang, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void featureCollectionWithLonLatOrderAndAttribution() throws Exception {
        JsonNode root = write(Language.ZH);
        assertEquals("FeatureCollection", root.get("type").asText());
        assertFalse(root.has("crs"), "RFC 7946 drops crs: WGS84 is implied");
        JsonNode features = root.get("features");
        assertEquals(3, features.size());
        JsonNode hospital = features.get(1);
        assertEquals("Feature", hospital.get("type").asText());
        assertEquals("Point", hospital.at("/geometry/type").asText());
        assertEquals(126.6352, hospital.at("/geometry/coordinates/0").asDouble(), 1e-9, "longitude first");
        assertEquals(45.7581, hospital.at("/geometry/coordinates/1").asDouble(), 1e-9);
        assertEquals("facilities", hospital.at("/properties/layer").asText());
        assertEquals("设施", hospital.at("/properties/layer_title").asText());
        assertEquals("哈尔滨医科大学附属第一医院", hospital.at("/properties/name").asText());
        assertEquals(120, hospital.at("/properties/beds").asInt());
        assertTrue(hospital.at("/properties/beds").isIntegralNumber());
        assertEquals("© OpenStreetMap contributors, ODbL 1.0", hospital.at("/properties/attribution").asText());
        assertEquals(SampleReport.HOSTILE, features.get(2).at("/properties/name").asText(), "text kept verbatim, JSON-escaped");
        JsonNode bbox = root.get("bbox");
        assertEquals(List.of(126.6, 45.7581, 126.64, 45.8), List.of(bbox.get(0).asDouble(), bbox.get(1).asDouble(),
                bbox.get(2).asDouble(), bbox.get(3).asDouble()));
    }

    @Test
    void polygonRingsAreClosedOuterCounterClockwise() throws Exception {
        JsonNode ring = write(Language.EN).at("/features/0/geometry/coordinates/0");
        assertEquals(5, ring.size(), "4 corners + closing position");
        assertEquals(ring.get(0), ring.get(4));
        List<LonLat> pts = new ArrayList<>();
        ring.forEach(p -> pts.add(LonLat.of(p.get(0).asDouble(), p.get(1).asDouble())));
        assertTrue(org.drillsim.runformat.geo.GeoJsonWriter.signedArea(pts) > 0, "outer ring counter-clockwise (right-hand rule)");
        assertEquals("flood extent", write(Language.EN).at("/features/0/properties/layer_title").asText());
    }

    @Test
    void holesAreClockwise() {
        List<LonLat> ccwSquare = List.of(LonLat.of(0, 0), LonLat.of(1, 0), LonLat.of(1, 1), LonLat.of(0, 1));
        List<LonLat> hole = org.drillsim.runformat.geo.GeoJsonWriter.orientedClosedRing(ccwSquare, false);
        assertTrue(org.drillsim.runformat.geo.GeoJsonWriter.signedArea(hole) < 0);
        assertEquals(hole.get(0), hole.get(hole.size() - 1));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class, () -> LonLat.of(45.75, 126.63));
        assertTrue(swapped.getMessage().contains("swapped"));
        GeoLayer clash = new GeoLayer("x", Text.same("x"), List.of(
                GeoFeature.of(new GeoGeometry.Point(LonLat.of(1, 2)), "layer", "mine")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeoJsonWriter().write("n", List.of(clash), Language.ZH, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("reserved property 'layer'"));
    }
}

package org.drillsim.hazards.flood;

import org.drillsim.hazards.HazardFootprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloodExtentSeriesTest {

    private static final long H = 3_600_000L;

    @TempDir
    Path dir;

    /** Three snapshots as a hydraulic model would write them: 2 h (small), 6 h (larger, two depths), 12 h (dry). */
    private Path sample() throws IOException {
        String small = square(126.60, 45.75, 0.01);
        String large = square(126.60, 45.75, 0.02);
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"timeMinutes": 120, "depthM": 0.3}, "geometry": %s},
                  {"type": "Feature", "properties": {"time": "PT6H", "depthM": 0.3}, "geometry": %s},
                  {"type": "Feature", "properties": {"time": "PT6H", "depthM": 1.0}, "geometry": %s},
                  {"type": "Feature", "properties": {"timeMinutes": 720}, "geometry": null}
                ]}""".formatted(small, large, small);
        Path f = dir.resolve("extents.geojson");
        Files.writeString(f, json);
        return f;
    }

    private static String square(double lon, double lat, double half) {
        return """
                {"type": "Polygon", "coordinates": [[[%1$s, %2$s], [%3$s, %2$s], [%3$s, %4$s], [%1$s, %4$s], [%1$s, %2$s]]]}"""
                .formatted(lon - half, lat - half, lon + half, lat + half);
    }

    @Test
    void stepHoldsTheLastSnapshot() throws IOException {
        FloodExtentSeries s = FloodExtentSeries.readGeoJson(sample(), "hecras", FloodExtentSeries.Mode.STEP);
        assertTrue(s.footprintAt(H).isEmpty(), "before the first snapshot");
        assertEquals(1, s.footprintAt(2 * H).zones().size());
        assertEquals(1, s.footprintAt(5 * H).zones().size(), "held from 2 h");
        HazardFootprint six = s.footprintAt(7 * H);
        assertEquals(2, six.zones().size());
        assertEquals(1.0, six.worstZoneAt(126.60, 45.75).intensity());
        assertEquals(0.3, six.worstZoneAt(126.615, 45.75).intensity(), "only in the larger 0.3 m extent");
        assertTrue(s.footprintAt(13 * H).isEmpty(), "the null-geometry snapshot at 12 h ends the flood");
    }

    @Test
    void nearestTakesTheClosestSnapshot() throws IOException {
        FloodExtentSeries s = FloodExtentSeries.readGeoJson(sample(), "hecras", FloodExtentSeries.Mode.NEAREST);
        assertEquals(1, s.footprintAt(3 * H).zones().size(), "3 h is nearer to 2 h");
        assertEquals(2, s.footprintAt(5 * H).zones().size(), "5 h is nearer to 6 h");
        assertEquals(1, s.footprintAt(0).zones().size(), "before the first: the first");
    }

    @Test
    void badFilesAreNamedWithTheFeature() throws IOException {
        Path f = dir.resolve("bad.geojson");
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"time": "six hours", "depthM": 0.3}, "geometry": null}]}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FloodExtentSeries.readGeoJson(f, "x", FloodExtentSeries.Mode.STEP));
        assertTrue(e.getMessage().endsWith("features[0].properties.time: expected an ISO-8601 duration such as PT6H,"
                + " got 'six hours'"), e.getMessage());
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"timeMinutes": 5}, "geometry": %s}]}""".formatted(square(126, 45, 0.1)));
        e = assertThrows(IllegalArgumentException.class,
                () -> FloodExtentSeries.readGeoJson(f, "x", FloodExtentSeries.Mode.STEP));
        assertTrue(e.getMessage().endsWith("features[0].properties.depthM: expected a number > 0"), e.getMessage());
        Files.writeString(f, "{\"type\": \"Feature\"}");
        e = assertThrows(IllegalArgumentException.class,
                () -> FloodExtentSeries.readGeoJson(f, "x", FloodExtentSeries.Mode.STEP));
        assertTrue(e.getMessage().endsWith("expected a GeoJSON FeatureCollection"), e.getMessage());
    }
}

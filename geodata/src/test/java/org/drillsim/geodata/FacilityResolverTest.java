package org.drillsim.geodata;

import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports, filters, overrides and capacities on a hand-made set of OSM layers with known answers. */
class FacilityResolverTest {
    static final GeometryFactory GF = new GeometryFactory();

    static Polygon square(double lon, double lat, double d) {
        return GF.createPolygon(new Coordinate[]{new Coordinate(lon, lat), new Coordinate(lon + d, lat),
                new Coordinate(lon + d, lat + d), new Coordinate(lon, lat + d), new Coordinate(lon, lat)});
    }

    static OsmLayers layers() {
        List<OsmPoi> hospitals = List.of(new OsmPoi(1, "甲医院", 45.70, 126.60), new OsmPoi(2, "", 45.71, 126.61),
                new OsmPoi(3, "界外医院", 46.50, 126.60));
        List<OsmPoi> fire = List.of(new OsmPoi(10, "一站", 45.72, 126.62));
        List<OsmArea> shelters = List.of(
                new OsmArea(100, "大公园", "park", square(126.60, 45.70, 0.01), 23_000),
                new OsmArea(101, "小广场", "square", square(126.62, 45.70, 0.001), 4_600),
                new OsmArea(102, "中学", "school", square(126.64, 45.70, 0.002), 11_500));
        return new OsmLayers("test.osm.pbf", hospitals, fire, List.of(), shelters, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    static Scenario scenario(String facilities, String teams) throws Exception {
        String yaml = """
                id: resolver
                name: {zh: 测试}
                map: {extract: test.osm.pbf, areaOfInterest: {minLon: 126.5, minLat: 45.6, maxLon: 126.8, maxLat: 45.9}}
                population: {totalPeople: 1000, source: test}
                facilities:
                %s
                teams:
                %s
                hazards:
                  - {type: chemical-leak, id: c, chemical: chlorine, source: {lat: 45.7, lon: 126.6}, releaseRateGPerS: 10,
                     stability: D, wind: [{atMinutes: 0, speedMPerS: 3, fromDirectionDeg: 90}]}
                horizonHours: 6
                """.formatted(facilities.indent(2), teams.indent(2));
        return ScenarioLoader.parse(yaml, "resolver.yaml");
    }

    @Test
    void importsInsideTheAreaWithDefaultsAndAppliesOverrides() throws Exception {
        Scenario s = scenario("""
                hospitals:
                  fromOsm: true
                  osmDefaults: {beds: 10, surgeBeds: 5}
                  items:
                    - {id: big, osmId: 1, name: {zh: 甲医院（改）}, beds: 200}
                fireStations:
                  fromOsm: true
                  osmTeams: [{type: fire-rescue, headcount: 20, capabilities: [firefighting]}]
                """, "- {id: t1, type: medical, headcount: 5, capabilities: [medical], home: osm-hospital-1}");
        ResolvedFacilities f = FacilityResolver.resolve(s, layers());
        assertEquals(List.of("big", "osm-hospital-2"), f.hospitals().stream().map(h -> h.id()).toList(),
                "hospital 3 lies outside the area of interest");
        assertEquals(200, f.hospitals().get(0).beds());
        assertEquals(45.70, f.hospitals().get(0).location().lat(), "the override takes the OSM location");
        assertEquals(10, f.hospitals().get(1).beds());
        assertEquals("医院 (OSM 2)", f.hospitals().get(1).name().zh(), "unnamed features get a kind and id");
        assertEquals("big", f.teams().stream().filter(t -> t.id().equals("t1")).findFirst().orElseThrow().home(),
                "references to the overridden OSM id follow the override");
        assertEquals(2, f.teams().size(), "the listed team and one per imported station");
        assertEquals("osm-fire-10", f.teams().get(1).home());
    }

    @Test
    void shelterCapacityIsAreaOverM2PerPersonAndMaxCountKeepsTheLargest() throws Exception {
        Scenario s = scenario("""
                shelters:
                  fromOsm: true
                  osmFilter: {maxCount: 2}
                  osmDefaults: {m2PerPerson: 2.3}
                  items:
                    - {id: listed, name: {zh: 指定场所}, location: {lat: 45.8, lon: 126.7}, areaM2: 1000}
                """, "[]");
        ResolvedFacilities f = FacilityResolver.resolve(s, layers());
        assertEquals(List.of("listed", "osm-shelter-100", "osm-shelter-102"), f.shelters().stream().map(Shelter::id).toList());
        assertEquals(434, f.shelters().get(0).capacityPeople(), "floor(1000 / 2.3)");
        assertEquals(10_000, f.shelters().get(1).capacityPeople(), "floor(23000 / 2.3)");
        assertEquals(5_000, f.shelters().get(2).capacityPeople(), "floor(11500 / 2.3)");
        assertEquals(15_434, f.shelterCapacity());
    }

    @Test
    void overrideOfAFeatureThatWasNotImportedIsAnError() throws Exception {
        Scenario s = scenario("""
                hospitals:
                  fromOsm: true
                  osmDefaults: {beds: 10}
                  items:
                    - {id: gone, osmId: 3, name: {zh: 界外医院}, beds: 50}
                """, "[]");
        var e = assertThrows(IllegalArgumentException.class, () -> FacilityResolver.resolve(s, layers()));
        assertTrue(e.getMessage().contains("'gone' overrides OSM feature 3, which was not imported"), e.getMessage());
    }

    @Test
    void importWithoutAnExtractIsAnError() throws Exception {
        Scenario s = scenario("""
                hospitals: {fromOsm: true, osmDefaults: {beds: 10}}
                """, "[]");
        var e = assertThrows(IllegalArgumentException.class, () -> FacilityResolver.resolve(s, null));
        assertTrue(e.getMessage().startsWith("facilities.hospitals.fromOsm needs an OSM extract map"), e.getMessage());
    }
}

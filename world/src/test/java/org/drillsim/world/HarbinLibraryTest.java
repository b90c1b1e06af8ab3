package org.drillsim.world;

import org.drillsim.format.library.ScenarioLibrary;

import org.drillsim.routing.MapLocator;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardKind;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamType;
import org.drillsim.geodata.FacilityResolver;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.ResolvedFacilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three Harbin scenarios resolve against the real extract and their hazards behave as the files say. */
class HarbinLibraryTest {
    static OsmLayers harbin;

    @BeforeAll
    static void layers() throws IOException {
        harbin = new OsmLayerCache(Files.createTempDirectory("lib-cache"))
                .layers(MapLocator.locate("harbin.osm.pbf", null));
    }

    static List<Hazard> hazards(Scenario s) {
        return HazardTypes.installed().build(s, harbin, null);
    }

    @Test
    void floodFacilitiesFollowTheFileAndSongbeisTeamsAreExact() throws Exception {
        Scenario s = ScenarioLibrary.load("harbin-songhua-flood");
        ResolvedFacilities f = FacilityResolver.resolve(s, harbin);
        assertEquals(78, f.hospitals().size(), "all OSM hospitals, five overridden");
        assertTrue(f.hospitals().stream().anyMatch(h -> h.id().equals("hmu1") && h.beds() == 150));
        assertEquals(9, f.fireStations().size());
        assertEquals(120, f.shelters().size());
        assertTrue(f.shelters().stream().allMatch(sh -> sh.capacityPeople() == (long) Math.floor(sh.areaM2() / 2.3)));
        long songbeiTeams = s.teams().stream().filter(t -> t.id().startsWith("sb-")).mapToLong(Team::count).sum();
        long songbeiPeople = s.teams().stream().filter(t -> t.id().startsWith("sb-")).mapToLong(Team::totalPeople).sum();
        assertEquals(60, songbeiTeams, "TARGETS.md: 60 teams");
        assertEquals(1553, songbeiPeople, "TARGETS.md: 1,553 people");
        assertEquals(1068, s.teams().stream().filter(t -> t.type() == TeamType.COMPREHENSIVE).mapToLong(Team::totalPeople).sum());
        assertEquals(9, f.teams().stream().filter(t -> t.home().startsWith("osm-fire-")).count(), "a team per imported station");
    }

    @Test
    void floodRisesToThe1998PeakAndTheSouthBankFloodWallHolds() throws Exception {
        Scenario s = ScenarioLibrary.load("harbin-songhua-flood");
        Hazard flood = hazards(s).get(0);
        assertEquals(HazardKind.FLOOD, flood.kind());
        HazardFootprint start = flood.footprintAt(0);
        HazardFootprint peak = flood.footprintAt(36 * 3_600_000L);
        double startArea = start.zones().stream().mapToDouble(z -> z.polygon().getArea()).max().orElse(0);
        double peakArea = peak.zones().stream().mapToDouble(z -> z.polygon().getArea()).max().orElse(0);
        assertTrue(peakArea > startArea, "the flood grows towards the peak");
        // Daowai old town, just behind the flood wall, stays dry at the peak; Songbei is wet after the breach
        assertTrue(peak.zonesAt(126.6420, 45.7860).isEmpty(), "behind the south-bank flood wall");
        assertFalse(flood.footprintAt(48 * 3_600_000L).zonesAt(126.5600, 45.8050).isEmpty(), "Songbei after the T+40 h breach");
    }

    @Test
    void chlorinePlumeReachesTowardsTheCityWithTheEastWind() throws Exception {
        Scenario s = ScenarioLibrary.load("harbin-chlorine-leak");
        ResolvedFacilities f = FacilityResolver.resolve(s, harbin);
        assertEquals(2 * 9, f.teams().stream().filter(t -> t.home().startsWith("osm-fire-")).count(),
                "fire-rescue and hazmat team per station");
        Hazard plume = hazards(s).get(0);
        HazardFootprint fp = plume.footprintAt(60 * 60_000L);
        assertFalse(fp.zonesWithLevel("AEGL-2").isEmpty());
        // wind from 80° blows towards 260°: 1 km along that bearing is in the plume, 1 km the other way is not (at
        // noon in March the class is B, hour by hour from the sun: the AEGL-1 zone ends short of 2 km)
        assertFalse(fp.zonesAt(126.7030, 45.75915).isEmpty(), "1 km downwind");
        assertTrue(fp.zonesAt(126.7284, 45.76225).isEmpty(), "1 km upwind");
    }

    @Test
    void forestFireBurnsFromItsIgnitionAndGrows() throws Exception {
        Scenario s = ScenarioLibrary.load("harbin-forest-fire");
        Hazard fire = hazards(s).get(0);
        HazardFootprint h1 = fire.footprintAt(3_600_000L);
        HazardFootprint h6 = fire.footprintAt(6 * 3_600_000L);
        double a1 = h1.zonesWithLevel("burned").stream().mapToDouble(z -> z.polygon().getArea()).sum();
        double a6 = h6.zonesWithLevel("burned").stream().mapToDouble(z -> z.polygon().getArea()).sum();
        assertTrue(a1 > 0 && a6 > a1, "burned area grows: " + a1 + " → " + a6);
        assertEquals(50, s.teams().stream().filter(t -> t.type() == TeamType.FOREST_FIRE).mapToLong(Team::totalPeople).sum(),
                "forest-team-50");
    }

    @Test
    void allLibraryScenariosCoverTheExtract() throws Exception {
        for (String id : List.of("harbin-songhua-flood", "harbin-chlorine-leak", "harbin-forest-fire")) {
            BBox aoi = ScenarioLibrary.load(id).map().areaOfInterest();
            assertEquals(126.506, aoi.minLon(), 1e-9, id);
            assertEquals(45.831, aoi.maxLat(), 1e-9, id);
        }
    }
}

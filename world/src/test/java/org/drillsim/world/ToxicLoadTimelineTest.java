package org.drillsim.world;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.chemical.DispersionSetting;
import org.drillsim.hazards.chemical.GaussianPlume;
import org.drillsim.hazards.chemical.PlumeParams;
import org.drillsim.hazards.chemical.PlumeWeather;
import org.drillsim.hazards.chemical.Stability;
import org.drillsim.routing.LocalProjection;
import org.drillsim.routing.RoadNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chemical deaths in the timeline come from the chlorine probit of each cell's toxic load, and fewer people die at
 * night (more of them indoors), not from the AEGL-3 zone's flat share.
 */
class ToxicLoadTimelineTest {
    static final long H = 3_600_000L;
    static RoadNetwork net;

    @BeforeAll
    static void load() throws Exception {
        net = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, null, SiteCache.disabled()).network();
    }

    /** 5 kg/s chlorine at ground level, urban, class D, 3 m/s westerly; cells on the axis 200, 500 and 1500 m downwind. */
    @Test
    void deathsFollowTheToxicLoadAndFallAtNight() {
        double lon0 = net.lon(0);
        double lat0 = net.lat(0);
        LocalProjection p = new LocalProjection(lon0, lat0);
        List<PopulationCell> cells = new ArrayList<>();
        double[] xs = {200, 500, 1500};
        for (int i = 0; i < xs.length; i++) {
            cells.add(new PopulationCell(i, p.lon(xs[i]), lat0, 1000, 0));
        }
        GaussianPlume noon = plume(lon0, lat0, 12);
        GaussianPlume midnight = plume(lon0, lat0, 0);
        HazardTimeline day = HazardTimeline.compute(net, cells, List.of(noon), 2 * H, 15 * 60_000L);
        HazardTimeline night = HazardTimeline.compute(net, cells, List.of(midnight), 2 * H, 15 * 60_000L);
        HazardTick dayEnd = day.ticks().get(day.ticks().size() - 1);
        HazardTick nightEnd = night.ticks().get(night.ticks().size() - 1);
        double[] dayDead = new double[xs.length];
        for (CellEffect ce : dayEnd.cells()) {
            dayDead[ce.cell()] = ce.effect().fatalityFraction();
            PopulationCell c = cells.get(ce.cell());
            // the same value as the hazard model's own exposure history at the cell's centre
            assertEquals(noon.exposureAt(c.lon(), c.lat()).fatalityBy(2 * H), ce.effect().fatalityFraction(), 1e-12);
        }
        assertTrue(dayDead[0] > 0.05 && dayDead[0] > 10 * dayDead[1] && dayDead[1] > dayDead[2],
                "steep fall with distance: " + java.util.Arrays.toString(dayDead));
        assertTrue(dayDead[0] != HazardEffects.AEGL3_FATALITY, "not the zone's flat share");
        for (CellEffect ce : nightEnd.cells()) {
            assertTrue(ce.effect().fatalityFraction() < dayDead[ce.cell()],
                    "cell " + ce.cell() + ": night " + ce.effect().fatalityFraction() + " < day " + dayDead[ce.cell()]);
        }
        // the load only grows: the fatality of the nearest cell never falls from tick to tick
        double previous = 0;
        for (HazardTick t : day.ticks()) {
            for (CellEffect ce : t.cells()) {
                if (ce.cell() == 0) {
                    assertTrue(ce.effect().fatalityFraction() >= previous, "tick " + t.index());
                    previous = ce.effect().fatalityFraction();
                }
            }
        }
    }

    /**
     * A release sealed after 30 min: the plume leaves the cell 500 m downwind within minutes, but the gas inside its
     * buildings leaves only at 0.5 air changes per hour, so the indoor load, and the deaths, keep growing for hours (the cell keeps an effect to the horizon).
     */
    @Test
    void gasKeptIndoorsAddsToTheLoadAfterThePlumeHasPassed() {
        double lon0 = net.lon(0);
        double lat0 = net.lat(0);
        LocalProjection p = new LocalProjection(lon0, lat0);
        PopulationCell cell = new PopulationCell(0, p.lon(500), lat0, 1000, 0);
        GaussianPlume sealed = plume(lon0, lat0, 0).withReleaseStop(30 * 60_000L);
        HazardTimeline tl = HazardTimeline.compute(net, List.of(cell), List.of(sealed), 4 * H, 15 * 60_000L);
        assertTrue(sealed.footprintAt(H).zonesAt(cell.lon(), cell.lat()).isEmpty(), "the plume has left the cell by T+1 h");
        double atOne = fatality(tl.ticks().get(4));
        double atFour = fatality(tl.ticks().get(16));
        assertTrue(atOne > 0 && atFour > atOne, "indoor load grows after the plume: " + atOne + " -> " + atFour);
        assertEquals(sealed.exposureAt(cell.lon(), cell.lat()).fatalityBy(4 * H), atFour, 1e-12);
        for (CellEffect ce : tl.ticks().get(16).cells()) {
            assertEquals(0, ce.effect().injuryFraction(), "no new injuries once the plume has passed");
        }
    }

    private static double fatality(HazardTick t) {
        return t.cells().stream().filter(ce -> ce.cell() == 0).mapToDouble(ce -> ce.effect().fatalityFraction())
                .findFirst().orElse(0);
    }

    private static GaussianPlume plume(double lon, double lat, double localHour) {
        return new GaussianPlume(new PlumeParams("cl2", lon, lat, "chlorine", 5000, 0, 0, null, DispersionSetting.URBAN,
                List.of(new PlumeWeather(0, 3, 270, Stability.D)), 20_000), localHour);
    }
}

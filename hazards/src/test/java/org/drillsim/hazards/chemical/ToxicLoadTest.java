package org.drillsim.hazards.chemical;

import org.drillsim.hazards.Shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToxicLoadTest {

    private static final Chemical CL2 = ChemicalTable.get("chlorine");

    @Test
    void outdoorLoadOfAConstantExposureIsCToTheNTimesT() {
        ToxicLoad load = new ToxicLoad(2.0, 0.5);
        load.expose(100, 30);
        load.expose(100, 30);
        assertEquals(100.0 * 100 * 60, load.outdoorLoad(), 1e-6);
        // All outdoors: the same as the probit of a 60-min constant exposure (Y = 3.950, P = 14.7 %).
        assertEquals(CL2.fatalityProbability(100, 60), load.fatality(CL2, 0), 1e-12);
        assertEquals(0.147, load.fatality(CL2, 0), 0.001);
    }

    /** λ = 0.5 /h, T = 60 min, n = 1: the mean indoor/outdoor ratio is ShelterInPlace's 0.2131. */
    @Test
    void indoorLoadFollowsTheSingleCompartmentModel() {
        ToxicLoad linear = new ToxicLoad(1.0, 0.5);
        linear.expose(50, 60);
        assertEquals(50 * 60 * ShelterInPlace.indoorFraction(0.5, 60), linear.indoorLoad(), 1e-6);
        // n = 2: ∫(C(1 − e^−λs))² ds = C²[T − 2(1 − e^−λT)/λ + (1 − e^−2λT)/(2λ)], λ per minute.
        ToxicLoad square = new ToxicLoad(2.0, 0.5);
        square.expose(50, 60);
        double l = 0.5 / 60;
        double exact = 2500 * (60 - 2 * (1 - Math.exp(-l * 60)) / l + (1 - Math.exp(-2 * l * 60)) / (2 * l));
        assertEquals(exact, square.indoorLoad(), 1e-6 * exact);
        // Indoors the C² load is 5.8 % of outdoors, against 21 % for a linear dose.
        assertEquals(0.0582, square.indoorLoad() / square.outdoorLoad(), 0.0001);
    }

    @Test
    void gasTrappedIndoorsKeepsDosingAfterThePlumeHasPassed() {
        ToxicLoad load = new ToxicLoad(2.0, 0.5);
        load.expose(200, 30);
        double out = load.outdoorLoad();
        double in = load.indoorLoad();
        load.expose(0, 120);
        assertEquals(out, load.outdoorLoad(), 0);
        assertTrue(load.indoorLoad() > 1.5 * in, "the building airs out slowly: " + in + " → " + load.indoorLoad());
        assertTrue(load.indoorPpm() < 0.4 * 200 * (1 - Math.exp(-0.25)) , "and its air clears");
        assertThrows(IllegalArgumentException.class, () -> load.fatality(CL2, 1.5));
    }

    @Test
    void nightIndoorShareIsHigherAndTheDailyMeanIsNhaps() {
        assertEquals(Occupancy.NIGHT_INDOOR_SHARE, Occupancy.indoorShare(3));
        assertEquals(Occupancy.NIGHT_INDOOR_SHARE, Occupancy.indoorShare(23));
        assertEquals(Occupancy.DAY_INDOOR_SHARE, Occupancy.indoorShare(14));
        assertEquals(Occupancy.NIGHT_INDOOR_SHARE, Occupancy.indoorShare(-2), "modulo 24");
        double mean = 0;
        for (int h = 0; h < 24; h++) {
            mean += Occupancy.indoorShare(h + 0.5) / 24;
        }
        assertEquals(0.87, mean, 1e-12);
    }

    /** A steady plume: on the axis 1 km downwind the front arrives after 1000 m / 3 m/s = 5.56 min. */
    @Test
    void exposureUnderAPlumeIntegratesFromTheFrontsArrival() {
        GaussianPlume plume = new GaussianPlume(new PlumeParams("cl2", Shapes.LON0, Shapes.LAT0, "chlorine", 1000, 0, 0,
                null, DispersionSetting.RURAL, List.of(new PlumeWeather(0, 3, 270, Stability.D)), 20_000));
        double lon = Shapes.lon(1000);
        double lat = Shapes.lat(0);
        double c = plume.concentrationPpm(lon, lat, 3_600_000L);
        PlumeExposure e = plume.exposureAt(lon, lat, 0.5);
        double day = e.fatalityBy(3_600_000L, Occupancy.DAY_INDOOR_SHARE);
        double exact = c * c * (60 - 1000 / 3.0 / 60);
        assertEquals(exact, e.load().outdoorLoad(), c * c * 1.0, "within one 1-min step of the arrival");
        assertEquals(CL2.fatalityFromLoad(e.load().outdoorLoad()), e.fatalityBy(3_600_000L, 0), 1e-12);
        assertTrue(e.fatalityBy(3_600_000L, Occupancy.NIGHT_INDOOR_SHARE) < day, "more people indoors at night");
        assertThrows(IllegalArgumentException.class, () -> e.fatalityBy(0, 0));
        // Upwind: nothing.
        assertEquals(0, plume.exposureAt(Shapes.lon(-1000), lat, 0.5).fatalityBy(3_600_000L, 0));
    }

    /** Steps weigh the indoor and outdoor probit rises by the share indoors at their own local hour. */
    @Test
    void clockFatalityWeighsEachStepByThatHoursIndoorShare() {
        double lon = Shapes.lon(1000);
        double lat = Shapes.lat(0);
        long t = 2 * 3_600_000L;
        double day = steady(12).exposureAt(lon, lat).fatalityBy(t);
        // within one period the increments telescope to the share's mix of the two loads
        assertEquals(steady(12).exposureAt(lon, lat, 0.5).fatalityBy(t, Occupancy.DAY_INDOOR_SHARE), day, 1e-12);
        double night = steady(0).exposureAt(lon, lat).fatalityBy(t);
        assertEquals(steady(0).exposureAt(lon, lat, 0.5).fatalityBy(t, Occupancy.NIGHT_INDOOR_SHARE), night, 1e-12);
        // from 21:00 the first hour is day, the second night
        double evening = steady(21).exposureAt(lon, lat).fatalityBy(t);
        assertTrue(night < evening && evening < day, night + " < " + evening + " < " + day);
        assertThrows(IllegalArgumentException.class, () -> steady(25));
    }

    private static GaussianPlume steady(double localHour) {
        return new GaussianPlume(new PlumeParams("cl2", Shapes.LON0, Shapes.LAT0, "chlorine", 1000, 0, 0, null,
                DispersionSetting.RURAL, List.of(new PlumeWeather(0, 3, 270, Stability.D)), 20_000), localHour);
    }
}

package org.drillsim.hazards.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hour-by-hour stability from wind, sun and cloud (Turner) at Harbin, and injects that change wind and cloud. */
class PlumeMeteoTest {
    static final long H = 3_600_000L;

    /** Harbin (45.76 N, 126.72 E), 15 March 2024 from 12:00 China Standard Time, clear sky, 3 m/s. */
    static PlumeMeteo harbin(double cloud) {
        return new PlumeMeteo(45.7607, 126.7157, LocalDateTime.of(2024, 3, 15, 12, 0), 8,
                List.of(new PlumeMeteo.Observation(0, 3, 80, cloud, 1000)), null);
    }

    @Test
    void unstableByDayStableByNightNeutralUnderLowOvercast() {
        PlumeMeteo clear = harbin(0);
        // noon: sun ~42° high (insolation 3), 3 m/s = 6 kt -> B; the sun is down by 18:00 local in March
        assertTrue(clear.solarElevationDeg(0) > 40 && clear.solarElevationDeg(0) < 44, "" + clear.solarElevationDeg(0));
        assertTrue(clear.solarElevationDeg(6 * H) < 0);
        assertEquals(Stability.B, clear.stabilityAt(30 * 60_000L));
        assertEquals(Stability.F, clear.stabilityAt(12 * H + 30 * 60_000L), "00:30, clear, 6 kt: F");
        // a low-sun afternoon hour (16:00-17:00, ~10-18°) is weaker than noon
        assertTrue(clear.stabilityAt(4 * H + 30 * 60_000L).ordinal() > Stability.B.ordinal());
        PlumeMeteo overcast = harbin(10);
        assertEquals(Stability.D, overcast.stabilityAt(30 * 60_000L));
        assertEquals(Stability.D, overcast.stabilityAt(12 * H + 30 * 60_000L));
    }

    @Test
    void periodsChangeHourlyAndInjectsDeriveTheClassAgain() {
        PlumeMeteo m = harbin(0);
        List<PlumeWeather> ws = m.periods();
        assertEquals(0, ws.get(0).fromMs());
        for (int i = 1; i < ws.size(); i++) {
            assertEquals(0, ws.get(i).fromMs() % H, "changes fall on the clock hour");
            assertTrue(ws.get(i).stability() != ws.get(i - 1).stability(), "equal neighbours are merged");
        }
        assertTrue(ws.stream().anyMatch(w -> w.stability() == Stability.F));
        // the wind rises to 4 m/s (8 kt) at T+1:30: the clear night becomes E instead of F
        PlumeMeteo windier = m.withObservationFrom(new PlumeMeteo.Observation(90 * 60_000L, 4, 100, 0, 1000));
        assertEquals(Stability.E, windier.stabilityAt(12 * H + 30 * 60_000L));
        assertEquals(Stability.B, windier.stabilityAt(30 * 60_000L), "before the inject nothing changes");
        // cloud comes in: the night turns neutral
        PlumeMeteo cloudy = m.withObservationFrom(new PlumeMeteo.Observation(6 * H, 3, 80, 10, 1000));
        assertEquals(Stability.D, cloudy.stabilityAt(12 * H + 30 * 60_000L));
    }

    @Test
    void aPlumeInjectRederivesTheHourlyClass() {
        PlumeParams p = new PlumeParams("cl2", 126.7157, 45.7607, "chlorine", 5000, 1, 0, null,
                DispersionSetting.URBAN, harbin(0).periods(), 20_000);
        GaussianPlume plume = new GaussianPlume(p, 12, harbin(0));
        GaussianPlume turned = plume.withWind(90 * 60_000L, 4, 100, 10.0);
        assertEquals(Stability.D, turned.params().weatherAt(12 * H).stability(), "overcast night after the inject");
        assertEquals(Stability.F, plume.params().weatherAt(12 * H).stability());
        assertEquals(4, turned.params().weatherAt(2 * H).windSpeedMs());
        // without stated weather the class in force is kept (fixed-class scenarios)
        GaussianPlume fixed = new GaussianPlume(p.withWeather(List.of(new PlumeWeather(0, 3, 80, Stability.D))), 12);
        assertEquals(Stability.D, fixed.withWind(H, 5, 90, 10.0).params().weatherAt(2 * H).stability());
    }
}

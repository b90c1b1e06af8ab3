package org.drillsim.hazards.chemical;

import org.drillsim.hazards.Check;

import java.util.List;

/**
 * Parameters of a continuous toxic gas release ({@link GaussianPlume}).
 *
 * @param id              hazard identifier in the scenario
 * @param sourceLon       release point longitude (WGS84)
 * @param sourceLat       release point latitude (WGS84)
 * @param chemical        chemical id in {@link ChemicalTable} ("chlorine", "ammonia", "hydrogen-sulfide", "benzene" …)
 * @param releaseRateGs   Q, emission rate, g/s, > 0
 * @param releaseHeightM  effective release height H above ground (stack height + plume rise), m, >= 0
 * @param releaseStartMs  when the release starts, ms from scenario start
 * @param releaseStopMs   when it stops (a hazmat team closes the leak), ms; null = not stopped (yet)
 * @param setting         rural or urban Briggs coefficients
 * @param weather         weather periods, first one from time 0 or before the release, times strictly increasing
 * @param maxDistanceM    zones are computed out to this downwind distance, m (e.g. 20,000)
 */
public record PlumeParams(String id, double sourceLon, double sourceLat, String chemical, double releaseRateGs,
                          double releaseHeightM, long releaseStartMs, Long releaseStopMs, DispersionSetting setting,
                          List<PlumeWeather> weather, double maxDistanceM) {

    public PlumeParams {
        Check.id("plume.id", id);
        Check.lonLat("plume " + id + ".source", sourceLon, sourceLat);
        Check.id("plume " + id + ".chemical", chemical);
        Check.range("plume " + id + ".releaseRateGs", releaseRateGs, 1e-6, 1e7);
        Check.range("plume " + id + ".releaseHeightM", releaseHeightM, 0, 500);
        Check.time("plume " + id + ".releaseStartMs", releaseStartMs);
        if (releaseStopMs != null && releaseStopMs < releaseStartMs) {
            throw new IllegalArgumentException("plume " + id + ".releaseStopMs: must not be before releaseStartMs ("
                    + releaseStartMs + "), got " + releaseStopMs);
        }
        if (setting == null) {
            throw new IllegalArgumentException("plume " + id + ".setting: expected RURAL or URBAN");
        }
        weather = Check.nonEmpty("plume " + id + ".weather", weather);
        if (weather.get(0).fromMs() > releaseStartMs) {
            throw new IllegalArgumentException("plume " + id + ".weather[0].fromMs: the first weather period must start"
                    + " no later than the release (" + releaseStartMs + " ms), got " + weather.get(0).fromMs());
        }
        for (int i = 1; i < weather.size(); i++) {
            if (weather.get(i).fromMs() <= weather.get(i - 1).fromMs()) {
                throw new IllegalArgumentException("plume " + id + ".weather[" + i + "].fromMs: times must be strictly increasing");
            }
        }
        Check.range("plume " + id + ".maxDistanceM", maxDistanceM, 100, 100_000);
    }

    /**
     * The same release stopped at {@code stopMs} (e.g. when a hazmat team seals the leak); a release that has already
     * stopped earlier (the tank is empty) keeps its earlier end.
     */
    public PlumeParams withReleaseStop(long stopMs) {
        long stop = releaseStopMs == null ? stopMs : Math.min(releaseStopMs, stopMs);
        return new PlumeParams(id, sourceLon, sourceLat, chemical, releaseRateGs, releaseHeightM, releaseStartMs,
                stop, setting, weather, maxDistanceM);
    }

    /**
     * The same release with new weather from {@code w.fromMs()} on (an inject "the wind turns"): periods
     * starting at or after that time are dropped and {@code w} is appended.
     */
    public PlumeParams withWeatherFrom(PlumeWeather w) {
        java.util.List<PlumeWeather> ws = new java.util.ArrayList<>();
        for (PlumeWeather p : weather) {
            if (p.fromMs() < w.fromMs()) {
                ws.add(p);
            }
        }
        ws.add(w);
        return new PlumeParams(id, sourceLon, sourceLat, chemical, releaseRateGs, releaseHeightM, releaseStartMs,
                releaseStopMs, setting, ws, maxDistanceM);
    }

    /** The same release under other weather periods. */
    public PlumeParams withWeather(List<PlumeWeather> periods) {
        return new PlumeParams(id, sourceLon, sourceLat, chemical, releaseRateGs, releaseHeightM, releaseStartMs,
                releaseStopMs, setting, periods, maxDistanceM);
    }

    /** The weather period in force at {@code tMs}. */
    public PlumeWeather weatherAt(long tMs) {
        PlumeWeather w = weather.get(0);
        for (PlumeWeather p : weather) {
            if (p.fromMs() <= tMs) {
                w = p;
            } else {
                break;
            }
        }
        return w;
    }
}

package org.drillsim.hazards.chemical;

import org.drillsim.hazards.Check;

/**
 * Weather from a time on, until the next entry: the plume model holds it constant (steps).
 *
 * @param fromMs      start of this period, ms from scenario start
 * @param windSpeedMs mean wind speed at 10 m, m/s, >= 1 (the Gaussian plume is not valid in calmer air)
 * @param windFromDeg direction the wind blows FROM, degrees clockwise from north, [0, 360)
 *                    (meteorological convention: 270 = westerly wind, plume goes east)
 * @param stability   Pasquill–Gifford class
 */
public record PlumeWeather(long fromMs, double windSpeedMs, double windFromDeg, Stability stability) {
    public PlumeWeather {
        Check.time("weather.fromMs", fromMs);
        Check.range("weather.windSpeedMs", windSpeedMs, 1.0, 50.0);
        Check.direction("weather.windFromDeg", windFromDeg);
        if (stability == null) {
            throw new IllegalArgumentException("weather.stability: expected one of A, B, C, D, E, F");
        }
    }
}

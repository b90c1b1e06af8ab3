package org.drillsim.hazards.fire;

import org.drillsim.hazards.Check;

/**
 * Wind over the fire from a time on, until the next entry (steps).
 *
 * @param fromMs        start of this period, ms from scenario start
 * @param speed10mMs    open wind speed at 10 m, m/s, [0, 40]; the model takes the midflame wind from it
 *                      ({@link FireParams#midflameWind})
 * @param windFromDeg   direction the wind blows FROM, degrees clockwise from north, [0, 360)
 */
public record FireWind(long fromMs, double speed10mMs, double windFromDeg) {
    public FireWind {
        Check.time("fireWind.fromMs", fromMs);
        Check.range("fireWind.speed10mMs", speed10mMs, 0, 40);
        Check.direction("fireWind.windFromDeg", windFromDeg);
    }
}

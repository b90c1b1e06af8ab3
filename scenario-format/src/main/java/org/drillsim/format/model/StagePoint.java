package org.drillsim.format.model;

/**
 * One point of a river stage hydrograph (piecewise linear between points).
 *
 * @param atHours hours from scenario start
 * @param stageM  river stage above the normal level, metres
 */
@Doc("Hydrograph point: time and stage above normal level")
public record StagePoint(
        @Range(min = 0, max = 8760) @Doc("hours from scenario start") double atHours,
        @Range(min = -5, max = 30) @Doc("stage above the normal river level, metres") double stageM) {
}

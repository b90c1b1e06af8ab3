package org.drillsim.ui.map;

/**
 * A response unit on the map.
 *
 * @param id     unit id
 * @param kind   unit kind id as in the response model (e.g. {@code ambulance}, {@code medical-team},
 *               {@code truck}, {@code bus}, {@code road-repair}); styles and labels are looked up by it
 * @param busy   true while it has a task
 * @param track  where it is over time
 */
public record UnitMark(String id, String kind, boolean busy, Track track) {
}

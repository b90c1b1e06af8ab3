package org.drillsim.analysis.gap;

import org.drillsim.format.model.ClockEvent;
import org.drillsim.world.score.TargetResult;

import java.util.Set;

/**
 * Which targets a resource can move, read from the target's clock (its stop event) or its capacity id. This is
 * what the response model does with each resource: ambulances and medical teams stop the medical clock (first
 * treatment); buses and shelter places stop the shelter clocks; trucks and stock stop the supplies and living
 * clocks; road crews the road clock; forest-fire teams the fire clock.
 *
 * @param stops      clock stop events the resource works towards
 * @param capacities capacity-target ids it changes (e.g. {@code shelter-area})
 */
public record TargetReach(Set<ClockEvent> stops, Set<String> capacities) {
    /** Ambulances, medical teams, hospital beds. */
    public static final TargetReach MEDICAL = new TargetReach(Set.of(ClockEvent.FIRST_TREATMENT), Set.of());
    /** Buses (evacuation to shelters). */
    public static final TargetReach EVACUATION = new TargetReach(
            Set.of(ClockEvent.SHELTERED, ClockEvent.SHELTERED_WITH_WATER_AND_FOOD), Set.of());
    /** Shelter places. */
    public static final TargetReach SHELTER = new TargetReach(
            Set.of(ClockEvent.SHELTERED, ClockEvent.SHELTERED_WITH_WATER_AND_FOOD), Set.of("shelter-area"));
    /** Trucks, water and food stock. */
    public static final TargetReach SUPPLIES = new TargetReach(
            Set.of(ClockEvent.DELIVERED, ClockEvent.SHELTERED_WITH_WATER_AND_FOOD), Set.of());
    /** Relief items other than water and food: delivered to shelters, not part of the living clock. */
    public static final TargetReach DELIVERIES = new TargetReach(Set.of(ClockEvent.DELIVERED), Set.of());
    /** Road-repair crews. */
    public static final TargetReach ROADS = new TargetReach(Set.of(ClockEvent.REOPENED), Set.of());
    /** Forest-fire teams (also the size of the district forest firefighting team, {@code forest-team-50}). */
    public static final TargetReach FIRE = new TargetReach(Set.of(ClockEvent.EXTINGUISHED), Set.of("forest-team-50"));

    public TargetReach {
        stops = Set.copyOf(stops);
        capacities = Set.copyOf(capacities);
    }

    /** Whether the resource can change {@code target}. */
    public boolean reaches(TargetResult target) {
        if (target.isResponseTime()) {
            return target.span() != null && stops.contains(target.span().stop());
        }
        return capacities.contains(target.id());
    }
}

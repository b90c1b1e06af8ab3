package org.drillsim.relief;

import org.drillsim.format.model.ReliefItem;
import org.drillsim.world.TargetClock;

/**
 * One line of a shelter's supply request: {@code units} of one item for {@code people} people, with its
 * supplies clock (request → delivery at the shelter, weighted by people). Deliveries fill lines in request
 * order; a partly filled line stops the clock of the people its filled units cover.
 */
public final class SupplyLine {
    final String id;
    final ReliefItem item;
    final long people;
    final long units;
    final long requestedMs;
    /** Position of the line's last unit on the shelter's cumulative request axis of this item. */
    final long endPosition;
    /** People covered by this and all earlier lines of the item at the shelter (admission order). */
    final long endPeople;
    long filled;
    long coveredPeople;
    /** Clock of the people not yet covered (null once all are covered). */
    TargetClock clock;

    SupplyLine(String id, ReliefItem item, long people, long units, long requestedMs, long endPosition, long endPeople,
               TargetClock clock) {
        this.id = id;
        this.item = item;
        this.people = people;
        this.units = units;
        this.requestedMs = requestedMs;
        this.endPosition = endPosition;
        this.endPeople = endPeople;
        this.clock = clock;
    }

    /** Line id, e.g. {@code req-3/water-litres}. */
    public String id() {
        return id;
    }

    public ReliefItem item() {
        return item;
    }

    /** People it serves. */
    public long people() {
        return people;
    }

    /** Units asked for. */
    public long units() {
        return units;
    }

    /** Units delivered to it so far. */
    public long filled() {
        return filled;
    }

    /** Request time, ms. */
    public long requestedMs() {
        return requestedMs;
    }

    /** Whether every unit has arrived. */
    public boolean isFilled() {
        return filled >= units;
    }

    /**
     * Adds delivered units (at most the missing ones) and stops the clock of the people now covered.
     *
     * @return units used
     */
    long fill(long available, long nowMs) {
        long take = Math.min(available, units - filled);
        if (take <= 0) {
            return 0;
        }
        filled += take;
        long covered = filled >= units ? people : (long) Math.floor(people * (double) filled / units);
        long newly = covered - coveredPeople;
        if (newly > 0) {
            if (newly >= clock.weight()) {
                clock.stop(nowMs);
                clock = null;
            } else {
                clock.split(newly, id + "/" + covered).stop(nowMs);
            }
            coveredPeople = covered;
        }
        return take;
    }
}

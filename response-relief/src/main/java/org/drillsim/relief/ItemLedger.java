package org.drillsim.relief;

import org.drillsim.format.model.ReliefItem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One item at one shelter: units requested, allocated (ordered from a depot), delivered, and the open request
 * lines in request order. Deliveries fill the oldest line first; units delivered before any request wait at
 * the shelter as surplus and fill the next lines at once.
 */
public final class ItemLedger {
    private final ReliefItem item;
    private final Deque<SupplyLine> open = new ArrayDeque<>();
    private long requested;
    private long allocated;
    private long delivered;
    private long surplus;
    private long requestedPeople;

    ItemLedger(ReliefItem item) {
        this.item = item;
    }

    public ReliefItem item() {
        return item;
    }

    /** Units asked for so far. */
    public long requested() {
        return requested;
    }

    /** Units ordered from depots so far (by the plan or trainees). */
    public long allocated() {
        return allocated;
    }

    /** Units received so far. */
    public long delivered() {
        return delivered;
    }

    /** Units requested but not yet ordered from any depot. */
    public long unallocated() {
        return Math.max(0, requested - allocated);
    }

    /** Open lines, oldest first. */
    public List<SupplyLine> openLines() {
        return new ArrayList<>(open);
    }

    /** People covered by requests so far (cumulative, for the next line's people range). */
    long requestedPeople() {
        return requestedPeople;
    }

    void allocate(long units) {
        allocated += units;
    }

    /** Adds a line and fills it from the surplus at once if possible. */
    void add(SupplyLine line, long nowMs) {
        requested += line.units;
        requestedPeople += line.people;
        open.addLast(line);
        fillLines(nowMs);
    }

    /** Receives delivered units and fills lines. */
    void receive(long units, long nowMs) {
        delivered += units;
        surplus += units;
        fillLines(nowMs);
    }

    private void fillLines(long nowMs) {
        while (surplus > 0 && !open.isEmpty()) {
            SupplyLine head = open.peekFirst();
            surplus -= head.fill(surplus, nowMs);
            if (head.isFilled()) {
                open.pollFirst();
            }
        }
    }
}

package org.drillsim.relief;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.world.Facility;

import java.util.EnumMap;
import java.util.Map;

/**
 * One emergency shelter during a replication: whether it is open, the people in it and on their way to it
 * (room is reserved when a group is sent), the supplies it asked for and received, and the living clocks of its
 * occupants. Read by the trainer UI through {@link Shelters}.
 */
public final class ShelterState {
    /** Whether a shelter takes people. */
    public enum Status {
        /** Not opened (yet). */
        IDLE,
        /** Ordered open; staff are setting it up. */
        OPENING,
        /** Open and receiving people. */
        OPEN
    }

    final Shelter spec;
    final Facility facility;
    final int index;
    Status status = Status.IDLE;
    boolean closed;
    long readyAtMs = -1;
    long openingHandle = -1;
    long occupants;
    long reserved;
    long peakOccupants;
    long unrequestedPeople;
    boolean requestScheduled;
    final LivingLedger living = new LivingLedger();
    final Map<ReliefItem, ItemLedger> items = new EnumMap<>(ReliefItem.class);

    ShelterState(Shelter spec, Facility facility, int index) {
        this.spec = spec;
        this.facility = facility;
        this.index = index;
        for (ReliefItem i : ReliefItem.values()) {
            items.put(i, new ItemLedger(i));
        }
    }

    public String id() {
        return spec.id();
    }

    public LocalizedText name() {
        return spec.name();
    }

    /** The scenario's shelter (resolved position, area, capacity). */
    public Shelter spec() {
        return spec;
    }

    /** Road node of its entrance. */
    public int node() {
        return facility.node();
    }

    public Status status() {
        return status;
    }

    /** Whether it was closed to new arrivals by command (people already sent still arrive). */
    public boolean isClosed() {
        return closed;
    }

    /** Whether people may be sent to it: open or being opened, and not closed to new arrivals. */
    public boolean isReceiving() {
        return (status == Status.OPEN || status == Status.OPENING) && !closed;
    }

    /** People it can hold. */
    public long capacity() {
        return spec.capacityPeople();
    }

    /** People in it now. */
    public long occupants() {
        return occupants;
    }

    /** People sent to it who have not arrived (or wait for it to open). */
    public long reserved() {
        return reserved;
    }

    /** Places not yet taken or promised. */
    public long room() {
        return Math.max(0, capacity() - occupants - reserved);
    }

    /** Most people it held at once. */
    public long peakOccupants() {
        return peakOccupants;
    }

    /** The ledger of one item (requested, allocated, delivered, open lines). */
    public ItemLedger item(ReliefItem item) {
        return items.get(item);
    }

    /** People whose shelter, water and food needs are met. */
    public long served() {
        return living.served();
    }

    /** Whether it is an outdoor site (park, square, stadium) where people need tents. */
    public boolean isOutdoor() {
        ShelterKind k = spec.kind();
        return k == ShelterKind.PARK || k == ShelterKind.SQUARE || k == ShelterKind.STADIUM;
    }

    void admit(long people) {
        reserved -= people;
        occupants += people;
        peakOccupants = Math.max(peakOccupants, occupants);
        unrequestedPeople += people;
    }

    @Override
    public String toString() {
        return id() + " (" + status + ", " + occupants + "/" + capacity() + ")";
    }
}

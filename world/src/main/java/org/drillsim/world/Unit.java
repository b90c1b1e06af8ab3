package org.drillsim.world;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.TeamCapability;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A mobile resource: an ambulance, a medical team, a helicopter, a truck, a bus, a repair crew …
 * Registered in {@link Units}; dispatched to {@link Task}s through the command bus.
 */
public final class Unit {
    private final String id;
    private final String type;
    private final LocalizedText name;
    private final Set<TeamCapability> capabilities;
    private final int capacity;
    private final double loadTonnes;
    private final String homeFacility;
    private final int homeNode;
    private int node;
    private UnitStatus status = UnitStatus.AVAILABLE;
    private Task task;
    private UnitTrip trip;
    private long statusSinceMs;
    private long busyMs;

    /**
     * @param id           unique id, e.g. {@code amb-base1-3}
     * @param type         kind, e.g. {@code ambulance}, {@code medical-team}, {@code helicopter}, {@code truck},
     *                     {@code bus}, {@code road-repair}
     * @param name         display name
     * @param capabilities what it can do
     * @param capacity     patients or passengers it carries (0 if none)
     * @param loadTonnes   cargo, tonnes (0 if none)
     * @param homeFacility facility id of its base
     * @param homeNode     road node of its base
     */
    public Unit(String id, String type, LocalizedText name, Set<TeamCapability> capabilities, int capacity,
                double loadTonnes, String homeFacility, int homeNode) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.capabilities = capabilities.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        this.capacity = capacity;
        this.loadTonnes = loadTonnes;
        this.homeFacility = homeFacility;
        this.homeNode = homeNode;
        this.node = homeNode;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public LocalizedText name() {
        return name;
    }

    public Set<TeamCapability> capabilities() {
        return capabilities;
    }

    /** Whether it has a capability. */
    public boolean can(TeamCapability c) {
        return capabilities.contains(c);
    }

    /** Patients or passengers carried. */
    public int capacity() {
        return capacity;
    }

    /** Cargo, tonnes. */
    public double loadTonnes() {
        return loadTonnes;
    }

    public String homeFacility() {
        return homeFacility;
    }

    public int homeNode() {
        return homeNode;
    }

    /** Node where it is (or, while driving, the node it left from). */
    public int node() {
        return node;
    }

    /** Sets where it is. */
    public void setNode(int node) {
        this.node = node;
    }

    public UnitStatus status() {
        return status;
    }

    /** The task it works on, or null. */
    public Task task() {
        return task;
    }

    /** Its current movement, or null while standing still. */
    public UnitTrip trip() {
        return trip;
    }

    /**
     * Records that it starts moving (modules call this whenever a unit drives or flies; arrival clears it
     * through {@link #arrived(int)}).
     */
    public void startTrip(int fromNode, int toNode, long departMs, long arriveMs, boolean air) {
        trip = new UnitTrip(fromNode, toNode, departMs, arriveMs, air);
    }

    /** Records arrival at {@code atNode}: no movement any more. */
    public void arrived(int atNode) {
        trip = null;
        node = atNode;
    }

    /** Whether it can take a task now. */
    public boolean isAvailable() {
        return status == UnitStatus.AVAILABLE;
    }

    /** Marks it busy on {@code t} from {@code nowMs}. */
    public void assign(Task t, long nowMs) {
        setStatus(UnitStatus.BUSY, nowMs);
        task = t;
    }

    /** Marks it available at {@code atNode} from {@code nowMs}. */
    public void free(int atNode, long nowMs) {
        setStatus(UnitStatus.AVAILABLE, nowMs);
        task = null;
        trip = null;
        node = atNode;
    }

    /** Changes status, accumulating busy time for utilisation. */
    public void setStatus(UnitStatus s, long nowMs) {
        if (status == UnitStatus.BUSY) {
            busyMs += nowMs - statusSinceMs;
        }
        status = s;
        statusSinceMs = nowMs;
        if (s != UnitStatus.BUSY) {
            task = null;
        }
    }

    /** Busy time up to {@code nowMs}, ms. */
    public long busyMs(long nowMs) {
        return busyMs + (status == UnitStatus.BUSY ? nowMs - statusSinceMs : 0);
    }

    @Override
    public String toString() {
        return id + " (" + type + ", " + status + ")";
    }
}

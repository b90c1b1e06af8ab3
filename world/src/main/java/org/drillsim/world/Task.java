package org.drillsim.world;

/**
 * Something that needs units: a casualty group, a blocked road, a shelter's supply request, a fire …
 * Tasks are listed on the {@link TaskBoard}; the plan or a trainee dispatches units to them.
 */
public final class Task {
    private final String id;
    private final String kind;
    private final int node;
    private int priority;
    private final long createdMs;
    private final TaskOwner owner;
    private final Object payload;
    private boolean open = true;

    /**
     * @param id        unique id, e.g. {@code cas-17}
     * @param kind      e.g. {@code casualty}, {@code blockage}, {@code supply-request}
     * @param node      road node where the work is
     * @param priority  lower = more urgent
     * @param createdMs creation time
     * @param owner     the module handling dispatches to it
     * @param payload   the owner's own object (e.g. the casualty group)
     */
    public Task(String id, String kind, int node, int priority, long createdMs, TaskOwner owner, Object payload) {
        this.id = id;
        this.kind = kind;
        this.node = node;
        this.priority = priority;
        this.createdMs = createdMs;
        this.owner = owner;
        this.payload = payload;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public int node() {
        return node;
    }

    public int priority() {
        return priority;
    }

    /** Changes the priority (e.g. a casualty deteriorates). */
    public void setPriority(int p) {
        priority = p;
    }

    public long createdMs() {
        return createdMs;
    }

    public TaskOwner owner() {
        return owner;
    }

    /** The owner's object, cast by the owner. */
    public Object payload() {
        return payload;
    }

    /** Whether it still needs units. */
    public boolean isOpen() {
        return open;
    }

    /** Marks it done (no more units needed). */
    public void close() {
        open = false;
    }

    @Override
    public String toString() {
        return id + " (" + kind + ", priority " + priority + (open ? "" : ", closed") + ")";
    }
}

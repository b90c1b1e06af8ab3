package org.drillsim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open tasks of one replication, in creation order. Closed tasks are dropped. */
public final class TaskBoard {
    private final Map<String, Task> open = new LinkedHashMap<>();
    private long created;

    /** Adds a task; ids must be unique among open tasks. */
    public Task add(Task t) {
        if (open.putIfAbsent(t.id(), t) != null) {
            throw new IllegalArgumentException("duplicate task id " + t.id());
        }
        created++;
        return t;
    }

    /** The open task with this id, or null. */
    public Task get(String id) {
        Task t = open.get(id);
        return t != null && t.isOpen() ? t : null;
    }

    /** Closes and removes a task. */
    public void close(Task t) {
        t.close();
        open.remove(t.id());
    }

    /** Open tasks of one kind, in creation order. */
    public List<Task> open(String kind) {
        List<Task> out = new ArrayList<>();
        for (Task t : open.values()) {
            if (t.isOpen() && t.kind().equals(kind)) {
                out.add(t);
            }
        }
        return out;
    }

    /** All open tasks, in creation order. */
    public List<Task> open() {
        return new ArrayList<>(open.values());
    }

    /** Tasks ever added. */
    public long created() {
        return created;
    }
}

package org.drillsim.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every unit of one replication, in registration order (deterministic iteration). */
public final class Units {
    private final Map<String, Unit> byId = new LinkedHashMap<>();

    /** Registers a unit; ids must be unique. */
    public Unit add(Unit u) {
        if (byId.putIfAbsent(u.id(), u) != null) {
            throw new IllegalArgumentException("duplicate unit id " + u.id());
        }
        return u;
    }

    /** The unit with this id, or null. */
    public Unit get(String id) {
        return byId.get(id);
    }

    /** All units in registration order. */
    public List<Unit> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /** Units of one type, in registration order. */
    public List<Unit> ofType(String type) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : byId.values()) {
            if (u.type().equals(type)) {
                out.add(u);
            }
        }
        return out;
    }

    /** Number of units. */
    public int size() {
        return byId.size();
    }
}

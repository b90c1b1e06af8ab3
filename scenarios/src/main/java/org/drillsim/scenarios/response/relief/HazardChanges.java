package org.drillsim.scenarios.response.relief;

import org.drillsim.scenarios.hazard.Hazard;
import org.drillsim.scenarios.response.World;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hazards as the response changed them in this replication (a leak stopped, a fire contained). The models
 * are pure: a change is a new model with the same id. The world's hazard ticks are precomputed per scenario and
 * cannot yet follow a per-replication change (requested from the core: {@code World.replaceHazard}), so for now
 * the change is recorded here and in the event log, and the relief module reads its own clocks from it.
 */
final class HazardChanges {
    private final World w;
    private final Map<String, Hazard> current = new LinkedHashMap<>();

    HazardChanges(World w) {
        this.w = w;
    }

    /** Records {@code model} as the hazard of its id from now on. */
    void replace(Hazard model, String why) {
        current.put(model.id(), model);
        w.log().event(w.now(), "hazard-changed").str("hazard", model.id()).str("why", why)
                .bool("appliedToTicks", false).write();
    }

    /** The current model of hazard {@code id} (the site's unless changed). */
    Hazard get(String id) {
        Hazard h = current.get(id);
        if (h != null) {
            return h;
        }
        for (Hazard s : w.site().hazards()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown hazard '" + id + "'");
    }
}

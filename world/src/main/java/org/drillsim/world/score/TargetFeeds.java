package org.drillsim.world.score;

import org.drillsim.format.model.Scenario;
import org.drillsim.world.ResponseModule;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of a scenario's targets some model scores, given the scenario's inputs: the scorecard's own capacity rules
 * ({@link Scorecard#feeds}) and every installed capability's {@link ResponseModule#feeds}. A listed target that none
 * feeds would print 未评 (not scored) on every run: {@code validate} warns about it.
 */
public final class TargetFeeds {
    private TargetFeeds() {
    }

    /** Target ids scored for this scenario by the scorecard or the capabilities found by ServiceLoader. */
    public static Set<String> fed(Scenario sc) {
        Set<String> out = new TreeSet<>(Scorecard.feeds(sc));
        for (ResponseModule m : ServiceLoader.load(ResponseModule.class)) {
            out.addAll(m.feeds(sc));
        }
        return out;
    }

    /** Indices into {@code sc.targets()} of the targets that no model feeds. */
    public static List<Integer> unfed(Scenario sc) {
        Set<String> fed = fed(sc);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sc.targets().size(); i++) {
            if (!fed.contains(sc.targets().get(i).id())) {
                out.add(i);
            }
        }
        return out;
    }
}

package org.drillsim.relief;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which shelters the hazards will reach soon, as a risk map would show (洪水风险图): a shelter is threatened
 * when a road at its entrance is affected by a hazard at some tick within the next
 * {@link #FORECAST_HOURS} hours of the world's hazard timeline (the hazards are deterministic, so the timeline
 * stands in for the forecast and the risk map). Evacuees are sent to threatened shelters only when no other
 * shelter has room.
 */
final class ShelterThreats {
    /** Look-ahead of the forecast, hours (assumption: a one-day flood forecast). */
    static final double FORECAST_HOURS = 24;

    private final ModuleContext w;
    private final Shelters shelters;
    private HazardTimeline seen;
    private long[][] affectedTimes;

    ShelterThreats(ModuleContext w, Shelters shelters) {
        this.w = w;
        this.shelters = shelters;
    }

    /** Whether the hazards reach the shelter's entrance between now and the forecast horizon. */
    boolean threatened(ShelterState s) {
        refresh();
        long[] times = affectedTimes[s.index];
        long now = w.now();
        int i = Arrays.binarySearch(times, now);
        int from = i >= 0 ? i : -i - 1;
        return from < times.length && times[from] <= now + Math.round(FORECAST_HOURS * 3_600_000.0);
    }

    private void refresh() {
        HazardTimeline t = w.timeline();
        if (t == seen) {
            return;
        }
        seen = t;
        RoadNetwork net = w.site().network();
        List<ShelterState> list = shelters.all();
        affectedTimes = new long[list.size()][];
        for (ShelterState s : list) {
            List<Long> times = new ArrayList<>();
            int v = s.node();
            HazardTick previous = null;
            boolean hit = false;
            for (HazardTick tick : t.ticks()) {
                if (previous == null || tick.edges() != previous.edges()) {
                    hit = false;
                    for (int e = net.outStart(v); e < net.outEnd(v) && !hit; e++) {
                        hit = Arrays.binarySearch(tick.edges(), e) >= 0;
                    }
                    for (int e : net.inEdges(v)) {
                        hit |= Arrays.binarySearch(tick.edges(), e) >= 0;
                    }
                }
                if (hit) {
                    times.add(tick.timeMs());
                }
                previous = tick;
            }
            affectedTimes[s.index] = times.stream().mapToLong(Long::longValue).toArray();
        }
    }
}

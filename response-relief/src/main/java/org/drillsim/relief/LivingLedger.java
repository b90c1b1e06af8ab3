package org.drillsim.relief;

import org.drillsim.world.DelayCause;
import org.drillsim.world.TargetClock;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The living-assistance clocks of the people admitted to one shelter, in admission order. A person's basic
 * living needs are met once they are in the shelter and the shelter has received one day's drinking water and
 * food for everyone admitted up to and including them (supplies are shared in admission order).
 */
final class LivingLedger {
    private final Deque<TargetClock> waiting = new ArrayDeque<>();
    private long admitted;
    private long served;

    /** Adds the living clock of a group that has just been admitted. */
    void admit(TargetClock living) {
        admitted += living.weight();
        waiting.addLast(living);
    }

    /** People admitted so far. */
    long admitted() {
        return admitted;
    }

    /** People whose needs are met. */
    long served() {
        return served;
    }

    /** People admitted whose needs are not met yet. */
    long unserved() {
        return admitted - served;
    }

    /**
     * Stops the clocks of the people now covered.
     *
     * @param covered people the supplies received so far cover (water and food, the smaller)
     */
    void update(long covered, long nowMs) {
        long target = Math.min(admitted, covered);
        while (served < target) {
            TargetClock head = waiting.peekFirst();
            long k = Math.min(head.weight(), target - served);
            if (k == head.weight()) {
                waiting.pollFirst().stop(nowMs);
            } else {
                head.split(k, head.subject() + "/served").stop(nowMs);
            }
            served += k;
        }
    }

    /** Sets the cause of every waiting clock. */
    void cause(DelayCause cause, long nowMs) {
        for (TargetClock c : waiting) {
            c.cause(cause, nowMs);
        }
    }
}

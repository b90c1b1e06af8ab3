package org.drillsim.drill;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a seat did on one expected action.
 *
 * @param action     the expected action
 * @param issuedMs   when its inject reached the seat
 * @param deadlineMs issued + allowed time
 * @param status     met / late / missed, or pending while the deadline has not passed and it is not met yet
 * @param metAtMs    when the count was reached, or -1
 * @param count      qualifying commands (distinct units) so far
 */
public record Outcome(ExpectedAction action, long issuedMs, long deadlineMs, Status status, long metAtMs, int count) {

    /** 达成 / 迟滞 / 未达成 / 进行中. */
    public enum Status {
        MET("达成"), LATE("迟滞"), MISSED("未达成"), PENDING("进行中");

        private final String zh;

        Status(String zh) {
            this.zh = zh;
        }

        /** Chinese label. */
        public String zh() {
            return zh;
        }
    }

    /**
     * Scores an expected action on the decisions made so far.
     *
     * @param decisions every decision of the drill, in order of application
     * @param nowMs     the drill's time; before the deadline an unmet action is pending
     * @param ended     whether the drill is over (an unmet action is then missed)
     */
    public static Outcome score(ExpectedAction a, long issuedMs, List<Decision> decisions, long nowMs, boolean ended) {
        long deadline = issuedMs + Math.round(a.withinMinutes() * 60_000);
        Set<String> units = new HashSet<>();
        int count = 0;
        long metAt = -1;
        for (Decision d : decisions) {
            if (!qualifies(a, issuedMs, d)) continue;
            if (d.unitId() != null) {
                if (!units.add(d.unitId())) continue; // one unit sent twice counts once
            }
            count++;
            if (count == a.minCount()) metAt = d.timeMs();
        }
        Status s;
        if (metAt >= 0) s = metAt <= deadline ? Status.MET : Status.LATE;
        else s = ended || nowMs > deadline ? Status.MISSED : Status.PENDING; // a missed one may still turn late
        return new Outcome(a, issuedMs, deadline, s, metAt, count);
    }

    static boolean qualifies(ExpectedAction a, long issuedMs, Decision d) {
        if (!d.accepted() || d.timeMs() < issuedMs) return false;
        if (!d.seat().equals(a.seat()) || !d.type().equals(a.command())) return false;
        if (!a.unitTypes().isEmpty() && (d.unitType() == null || !a.unitTypes().contains(d.unitType()))) return false;
        if (a.area() != null) {
            return d.taskLat() != null && a.area().contains(d.taskLat(), d.taskLon());
        }
        return true;
    }
}

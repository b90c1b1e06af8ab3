package org.drillsim.world;

import org.drillsim.runformat.EventTypes;
import org.drillsim.world.log.EventLog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * All target clocks of one replication, in creation order. Modules start clocks here; the scorecard reads
 * them. Each start and stop is written to the event log ({@code clock-start}, {@code clock-stop}).
 */
public final class ClockBook {
    private final EventLog log;
    private final LongSupplier now;
    private final List<TargetClock> clocks = new ArrayList<>();

    /**
     * @param log where starts and stops are logged
     * @param now the current simulated time (the log line's time)
     */
    public ClockBook(EventLog log, LongSupplier now) {
        this.log = log;
        this.now = now;
    }

    /**
     * Starts a clock.
     *
     * @param span    what it measures
     * @param subject id of the person group / request / road, unique within the span (for the log)
     * @param weight  people or units it stands for (&gt; 0)
     * @param startMs the start event's time (may be before now, e.g. the injury time)
     * @param cause   the cause time runs under from the start
     */
    public TargetClock start(ClockSpan span, String subject, long weight, long startMs, DelayCause cause) {
        return start(span, subject, weight, startMs, cause, -1);
    }

    /**
     * Starts a clock located at a road node (used for the unmet-demand map).
     *
     * @param node road node of the people or thing measured, -1 if unknown
     */
    public TargetClock start(ClockSpan span, String subject, long weight, long startMs, DelayCause cause, int node) {
        TargetClock c = new TargetClock(this, clocks.size(), span, subject, weight, startMs, cause, node);
        clocks.add(c);
        log.event(now.getAsLong(), "clock-start").str("span", span.id()).str("subject", subject).num("weight", weight)
                .num("startT", startMs).str("cause", cause.id()).write();
        return c;
    }

    TargetClock startSplit(ClockSpan span, String subject, long weight, long startMs, DelayCause cause, int node) {
        TargetClock c = new TargetClock(this, clocks.size(), span, subject, weight, startMs, cause, node);
        clocks.add(c);
        log.event(now.getAsLong(), "clock-split").str("span", span.id()).str("subject", subject).num("weight", weight)
                .num("startT", startMs).write();
        return c;
    }

    void stopped(TargetClock c) {
        log.event(c.stopMs(), "clock-stop").str("span", c.span().id()).str("subject", c.subject())
                .num("weight", c.weight()).num("elapsedMin", (c.stopMs() - c.startMs()) / 60_000.0).write();
    }

    void failed(TargetClock c) {
        log.event(c.failedMs(), EventTypes.CLOCK_FAILED).str("span", c.span().id()).str("subject", c.subject())
                .num("weight", c.weight()).str("cause", c.cause().id()).write();
    }

    void withdrawn(TargetClock c, long part, long nowMs, String reason) {
        log.event(nowMs, "clock-withdrawn").str("span", c.span().id()).str("subject", c.subject()).num("people", part)
                .str("reason", reason).write();
    }

    /** Every clock, in creation order. */
    public List<TargetClock> all() {
        return Collections.unmodifiableList(clocks);
    }

    /** The clocks measuring {@code span}, in creation order. */
    public List<TargetClock> of(ClockSpan span) {
        List<TargetClock> out = new ArrayList<>();
        for (TargetClock c : clocks) {
            if (c.span().equals(span)) {
                out.add(c);
            }
        }
        return out;
    }
}

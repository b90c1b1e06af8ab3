package org.drillsim.world.log;

import org.drillsim.core.SimTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log of one replication: one JSON object per line, fields in a fixed order
 * ({@code t} ms, {@code at} T+hh:mm, optional {@code rep}, {@code type}, then the event's own fields).
 * Nothing in a line depends on wall-clock time or hash order, so the same seed gives byte-identical logs.
 *
 * <p>A discarding log ({@link #discarding()}) only counts events: replications after the first use it so
 * that building JSON costs nothing. Not thread-safe: one log per simulation.
 */
public final class EventLog {
    private final Appendable out;
    private final List<String> memory;
    private final Integer replication;
    private long count;
    private final Line line = new Line(this);

    private EventLog(Appendable out, List<String> memory, Integer replication) {
        this.out = out;
        this.memory = memory;
        this.replication = replication;
    }

    /** A log that only counts events. */
    public static EventLog discarding() {
        return new EventLog(null, null, null);
    }

    /** A log that keeps every line in memory ({@link #lines()}). */
    public static EventLog inMemory() {
        return new EventLog(null, new ArrayList<>(), null);
    }

    /**
     * A log writing lines (each ending in {@code \n}) to {@code out}.
     *
     * @param replication replication number written as field {@code rep}, or null to omit it
     */
    public static EventLog to(Appendable out, Integer replication) {
        return new EventLog(out, null, replication);
    }

    /** Whether lines are kept or written (false for a discarding log). */
    public boolean isRecording() {
        return out != null || memory != null;
    }

    /** Events logged so far. */
    public long count() {
        return count;
    }

    /** The lines kept by an in-memory log. */
    public List<String> lines() {
        if (memory == null) {
            throw new IllegalStateException("this event log does not keep lines in memory");
        }
        return List.copyOf(memory);
    }

    /**
     * Starts an event line. Add fields, then call {@link Line#write()}. On a discarding log the fields are
     * ignored and only the count increases.
     *
     * @param timeMs simulated time
     * @param type   event type, e.g. {@code casualty}, {@code dispatch}, {@code arrive}
     */
    public Line event(long timeMs, String type) {
        count++;
        if (!isRecording()) {
            return Line.IGNORED;
        }
        line.start(timeMs, replication, type);
        return line;
    }

    void emit(String text) {
        if (memory != null) {
            memory.add(text);
        } else {
            try {
                out.append(text).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the event log", e);
            }
        }
    }

    /** A JSON line being built. Reused: do not keep a reference after {@link #write()}. */
    public static final class Line {
        static final Line IGNORED = new Line(null);
        private final EventLog owner;
        private final StringBuilder sb = new StringBuilder(256);

        private Line(EventLog owner) {
            this.owner = owner;
        }

        void start(long timeMs, Integer rep, String type) {
            sb.setLength(0);
            sb.append("{\"t\":").append(timeMs).append(",\"at\":\"").append(SimTime.format(timeMs)).append('"');
            if (rep != null) {
                sb.append(",\"rep\":").append(rep.intValue());
            }
            str("type", type);
        }

        /** Adds a string field (null written as JSON null). */
        public Line str(String key, String value) {
            if (owner == null) {
                return this;
            }
            key(key);
            if (value == null) {
                sb.append("null");
            } else {
                Json.quote(sb, value);
            }
            return this;
        }

        /** Adds an integer field. */
        public Line num(String key, long value) {
            if (owner == null) {
                return this;
            }
            key(key);
            sb.append(value);
            return this;
        }

        /** Adds a number field (non-finite values written as null). */
        public Line num(String key, double value) {
            if (owner == null) {
                return this;
            }
            key(key);
            Json.number(sb, value);
            return this;
        }

        /** Adds a boolean field. */
        public Line bool(String key, boolean value) {
            if (owner == null) {
                return this;
            }
            key(key);
            sb.append(value);
            return this;
        }

        /** Adds a field whose value is already JSON text. */
        public Line raw(String key, String json) {
            if (owner == null) {
                return this;
            }
            key(key);
            sb.append(json);
            return this;
        }

        /** Finishes the line and writes it. */
        public void write() {
            if (owner == null) {
                return;
            }
            sb.append('}');
            owner.emit(sb.toString());
        }

        private void key(String key) {
            sb.append(',');
            Json.quote(sb, key);
            sb.append(':');
        }
    }
}

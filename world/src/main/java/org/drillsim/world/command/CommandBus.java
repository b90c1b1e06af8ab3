package org.drillsim.world.command;

import org.drillsim.runformat.EventTypes;
import org.drillsim.core.Simulation;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.log.Json;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way decisions enter the simulated world, for the automatic plan and for trainees alike.
 * A command is validated by its handler (a clear zh / en reason when rejected), applied at the current
 * simulated time, journaled, and written to the event log as a {@code command} line with every field.
 *
 * <p>{@link #issue(Command)} runs on the simulation's thread (inside an event, or while paused);
 * {@link #submit(Command, Consumer)} may be called from any thread (e.g. the UI) and is applied through the
 * kernel's thread-safe {@link Simulation#submit(String, Runnable)} before the next event.
 */
public final class CommandBus {
    private final Simulation sim;
    private final EventLog log;
    private final Map<Class<? extends Command>, CommandHandler<? extends Command>> handlers = new HashMap<>();
    private final List<CommandRecord> journal = new ArrayList<>();
    private final List<Consumer<CommandRecord>> listeners = new ArrayList<>();
    private final List<Function<Command, String>> gates = new ArrayList<>();

    /**
     * @param sim the simulation commands are applied to
     * @param log the event log
     */
    public CommandBus(Simulation sim, EventLog log) {
        this.sim = sim;
        this.log = log;
    }

    /** Registers the handler of one command type; a second handler for the same type is an error. */
    public <C extends Command> void register(Class<C> type, CommandHandler<C> handler) {
        if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("a handler for " + type.getSimpleName() + " is already registered");
        }
    }

    /** Whether some module handles this command type. */
    public boolean handles(Class<? extends Command> type) {
        return handlers.containsKey(type);
    }

    /**
     * Adds a permission check run before the handler's validation (a joint drill's seats): it returns the refusal
     * reason (zh / en), or null to let the command through. A refused command is journaled and logged like any
     * rejected one.
     */
    public void addGate(Function<Command, String> gate) {
        gates.add(gate);
    }

    /** Called after every command, accepted or rejected (on the simulation thread). */
    public void addListener(Consumer<CommandRecord> listener) {
        listeners.add(listener);
    }

    /**
     * Whether {@link #issue(Command)} would accept this command now (gates and the handler's validation), without
     * applying, journaling or logging it: lets the plan skip what is already done (a shelter already open).
     */
    @SuppressWarnings("unchecked")
    public boolean accepts(Command command) {
        CommandHandler<Command> h = (CommandHandler<Command>) handlers.get(command.getClass());
        for (Function<Command, String> g : gates) {
            if (g.apply(command) != null) {
                return false;
            }
        }
        if (h == null) {
            return false;
        }
        try {
            h.validate(command);
            return true;
        } catch (CommandRejectedException e) {
            return false;
        }
    }

    /**
     * Validates and applies a command now (simulation thread).
     *
     * @return the journal entry: accepted, or rejected with the reason
     */
    @SuppressWarnings("unchecked")
    public CommandRecord issue(Command command) {
        CommandHandler<Command> h = (CommandHandler<Command>) handlers.get(command.getClass());
        String reason = "";
        boolean ok;
        String refused = null;
        for (Function<Command, String> g : gates) {
            refused = refused != null ? refused : g.apply(command);
        }
        if (refused != null) {
            ok = false;
            reason = refused;
        } else if (h == null) {
            ok = false;
            reason = "没有模块处理此命令 / no module handles " + command.type();
        } else {
            try {
                h.validate(command);
                ok = true;
            } catch (CommandRejectedException e) {
                ok = false;
                reason = e.getMessage();
            }
        }
        CommandRecord r = new CommandRecord(journal.size() + 1L, sim.now(), command, ok, reason);
        journal.add(r);
        EventLog.Line line = log.event(sim.now(), EventTypes.COMMAND).num("seq", r.seq()).str("command", command.type())
                .str("role", command.issuer().role().id()).str("issuer", command.issuer().name())
                .bool("accepted", ok);
        if (!ok) {
            line.str("reason", reason);
        }
        if (log.isRecording()) {
            line.raw("args", argsJson(command));
        }
        line.write();
        if (ok) {
            h.apply(command);
        }
        for (Consumer<CommandRecord> l : listeners) {
            l.accept(r);
        }
        return r;
    }

    /**
     * Queues a command from any thread; it is applied at the simulation's current time before its next event.
     *
     * @param callback receives the journal entry on the simulation thread (may be null)
     */
    public void submit(Command command, Consumer<CommandRecord> callback) {
        sim.submit("command " + command.type(), () -> {
            CommandRecord r = issue(command);
            if (callback != null) {
                callback.accept(r);
            }
        });
    }

    /** Every command so far, in order. */
    public List<CommandRecord> journal() {
        return Collections.unmodifiableList(journal);
    }

    /** The command's fields (except the issuer) as a JSON object, in declaration order. */
    public static String argsJson(Command c) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (RecordComponent rc : c.getClass().getRecordComponents()) {
            if (rc.getName().equals("issuer")) {
                continue;
            }
            Object v;
            try {
                v = rc.getAccessor().invoke(c);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            Json.quote(sb, rc.getName());
            sb.append(':');
            value(sb, v);
        }
        return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Number n) {
            Json.number(sb, n.doubleValue());
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof GeoPoint p) {
            sb.append("{\"lat\":");
            Json.number(sb, p.lat());
            sb.append(",\"lon\":");
            Json.number(sb, p.lon());
            sb.append('}');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                value(sb, list.get(i));
            }
            sb.append(']');
        } else if (v instanceof Enum<?> e) {
            Json.quote(sb, e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        } else {
            Json.quote(sb, v.toString());
        }
    }
}

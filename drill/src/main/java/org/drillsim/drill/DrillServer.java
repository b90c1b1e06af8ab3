package org.drillsim.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hosts one joint drill on a WebSocket ({@code ws://HOST:PORT/drill}, Javalin): seats join with their drill code,
 * send orders, and receive their filtered view after every tick; the controller also drives the clock and sends
 * injects. All model work runs on one drill thread, so the network never touches the world concurrently. A message
 * that is not valid JSON, names an unknown type or field, or is not allowed to its seat is answered with an
 * {@link Wire.Error} and changes nothing.
 */
public final class DrillServer implements AutoCloseable {
    /** Wall time between two ticks while the clock runs. */
    public static final long TICK_MS = 250;
    /** Wall time between two clock marks in the journal while the clock runs. */
    private static final long CLOCK_MARK_MS = 1000;

    private final DrillEngine engine;
    private final Map<String, String> codes;
    private final String scenarioId;
    private final String scenarioName;
    private final Consumer<DrillEngine> onFinish;
    private final ScheduledExecutorService drill = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drill");
        t.setDaemon(true);
        return t;
    });
    private final Map<WsContext, Conn> conns = new ConcurrentHashMap<>();
    private Javalin app;
    private boolean running;
    private double speed = 60;
    private long lastMarkWall;

    /** Who is on a connection (null seat: the controller). */
    private record Conn(Seat seat, String name, boolean controller) {
        String seatName() {
            return controller ? Seat.CONTROLLER : seat.zh();
        }
    }

    /**
     * @param engine       the drill
     * @param codes        drill code per seat name (the player seats of the drill and 导调组)
     * @param scenarioId   scenario id, for the welcome
     * @param scenarioName scenario name (zh), for the welcome
     * @param onFinish     runs on the drill thread when the controller ends the drill (writes the report)
     */
    public DrillServer(DrillEngine engine, Map<String, String> codes, String scenarioId, String scenarioName,
                       Consumer<DrillEngine> onFinish) {
        this.engine = engine;
        this.codes = Map.copyOf(codes);
        this.scenarioId = scenarioId;
        this.scenarioName = scenarioName;
        this.onFinish = onFinish;
    }

    /** Starts listening; port 0 picks a free one. */
    public DrillServer start(String host, int port) {
        app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
        app.ws("/drill", ws -> {
            ws.onMessage(ctx -> {
                String text = ctx.message();
                drill.execute(() -> handle(ctx, text));
            });
            ws.onClose(ctx -> drill.execute(() -> {
                conns.remove(ctx);
                pushViews();
            }));
            ws.onError(ctx -> conns.remove(ctx));
        });
        app.start(host, port);
        drill.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Runs a task on the drill thread and waits for it (tests, the CLI's shutdown). */
    public <T> T call(java.util.concurrent.Callable<T> task) {
        try {
            Future<T> f = drill.submit(task);
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void tick() {
        try {
            if (!running || engine.ended()) return;
            engine.advanceTo(engine.now() + Math.round(TICK_MS * speed));
            long wall = System.nanoTime() / 1_000_000;
            if (wall - lastMarkWall >= CLOCK_MARK_MS) {
                engine.markClock();
                lastMarkWall = wall;
            }
            if (engine.ended()) {
                running = false;
                onFinish.accept(engine);
            }
            pushViews();
        } catch (RuntimeException e) {
            // a failing tick must not kill the scheduler: the controller hears of it and the drill goes on paused
            running = false;
            broadcastError("时钟推进失败，已暂停 / the clock stopped: " + e.getMessage());
        }
    }

    private void handle(WsContext ctx, String text) {
        Wire.In msg;
        try {
            msg = Wire.mapper().readValue(text, Wire.In.class);
        } catch (JsonProcessingException e) {
            send(ctx, new Wire.Error(0, "消息格式有误 / bad message: " + e.getOriginalMessage()));
            return;
        }
        try {
            Conn c = conns.get(ctx);
            if (msg instanceof Wire.Hello h) {
                hello(ctx, h);
            } else if (c == null) {
                send(ctx, new Wire.Error(0, "请先加入席位 / say hello with your seat and drill code first"));
            } else if (msg instanceof Wire.Order o) {
                order(ctx, c, o);
            } else if (!c.controller()) {
                send(ctx, new Wire.Error(0, "只有导调组能控制时钟、发送注入、结束推演 / only the controller drives the clock, sends injects and ends the drill"));
            } else if (msg instanceof Wire.Clock k) {
                clock(ctx, k);
            } else if (msg instanceof Wire.SendInject i) {
                inject(ctx, i);
            } else if (msg instanceof Wire.Finish) {
                running = false;
                engine.finish();
                onFinish.accept(engine);
                pushViews();
            }
        } catch (RuntimeException e) {
            send(ctx, new Wire.Error(msg instanceof Wire.Order o ? o.ref() : 0, "消息未执行 / not done: " + e.getMessage()));
        }
    }

    private void hello(WsContext ctx, Wire.Hello h) {
        boolean controller = Seat.isController(h.seat());
        Seat seat = controller ? null : engine.seat(h.seat());
        if (!controller && seat == null) {
            send(ctx, new Wire.Error(0, "本次推演没有席位“" + h.seat() + "” / no seat '" + h.seat() + "' in this drill; seats: " + seatNames() + "、" + Seat.CONTROLLER));
            return;
        }
        String key = controller ? Seat.CONTROLLER : seat.zh();
        String expected = codes.get(key);
        if (expected == null || h.code() == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), h.code().getBytes(StandardCharsets.UTF_8))) {
            send(ctx, new Wire.Error(0, "推演码不对 / wrong drill code for " + key));
            return;
        }
        String name = h.name() == null || h.name().isBlank() ? key : h.name().trim();
        conns.put(ctx, new Conn(seat, name, controller));
        send(ctx, new Wire.Welcome(key, name, controller, scenarioId, scenarioName, seatNames(), engine.horizonMs()));
        send(ctx, new Wire.View(view(conns.get(ctx)))); // catching up: the whole inbox and every own decision
        pushViews();
    }

    private void order(WsContext ctx, Conn c, Wire.Order o) {
        if (c.controller()) {
            send(ctx, new Wire.Error(o.ref(), "导调组不直接下达处置命令 / the controller issues no orders to the units"));
            return;
        }
        Command cmd;
        try {
            cmd = Commands.parse(o.command(), new Issuer(c.seat().role(), c.name()));
        } catch (IllegalArgumentException e) {
            send(ctx, new Wire.Error(o.ref(), e.getMessage()));
            return;
        }
        long[] seq = new long[1];
        String refusal = engine.order(c.seat(), c.name(), cmd, d -> send(ctx, new Wire.Result(o.ref(), d)), seq);
        if (refusal != null) {
            send(ctx, new Wire.Error(o.ref(), refusal));
        } else {
            send(ctx, new Wire.Queued(o.ref(), seq[0]));
        }
    }

    private void clock(WsContext ctx, Wire.Clock k) {
        switch (k.action() == null ? "" : k.action()) {
            case "play" -> running = true;
            case "pause" -> {
                running = false;
                engine.markClock();
            }
            case "speed" -> {
                if (!(k.speed() > 0 && k.speed() <= 3600)) throw new IllegalArgumentException("speed must be in (0, 3600] / 倍速应在 0 到 3600 之间");
                speed = k.speed();
            }
            case "step" -> {
                if (k.untilMs() < engine.now()) throw new IllegalArgumentException("untilMs lies in the past / 目标时间早于当前");
                engine.advanceTo(k.untilMs());
                engine.markClock();
                if (engine.ended()) onFinish.accept(engine);
            }
            default -> throw new IllegalArgumentException("clock action '" + k.action() + "': expected play, pause, speed or step");
        }
        pushViews();
    }

    private void inject(WsContext ctx, Wire.SendInject i) {
        if (i.text() == null || i.text().isBlank()) throw new IllegalArgumentException("注入内容为空 / empty inject text");
        if (i.channel() == null || i.channel() == Channel.UNIT_REPORT) throw new IllegalArgumentException("channel: 电话、短信、新闻/微博 or 情况通报");
        String to;
        if (InboxMessage.EVERYONE.equals(i.to())) {
            to = InboxMessage.EVERYONE;
        } else {
            Seat s = engine.seat(i.to());
            if (s == null) throw new IllegalArgumentException("收件席位不在本次推演中 / addressee '" + i.to() + "' is not a seat of this drill");
            to = s.zh();
        }
        List<ExpectedAction> expect = i.expect() == null ? List.of() : i.expect();
        for (ExpectedAction a : expect) {
            if (engine.seat(a.seat()) == null) throw new IllegalArgumentException("expected action " + a.id() + ": no seat " + a.seat());
        }
        engine.inject(to, i.channel(), i.text().trim(), expect);
        pushViews();
    }

    private SeatView view(Conn c) {
        List<String> online = new ArrayList<>(new TreeSet<>(conns.values().stream().map(x -> x.seatName() + "：" + x.name()).toList()));
        return engine.view(c.controller() ? null : c.seat(), running, speed, online);
    }

    private void pushViews() {
        Map<Conn, SeatView> cache = new LinkedHashMap<>();
        for (Map.Entry<WsContext, Conn> e : conns.entrySet()) {
            send(e.getKey(), new Wire.View(cache.computeIfAbsent(e.getValue(), this::view)));
        }
    }

    private void broadcastError(String message) {
        for (WsContext ctx : conns.keySet()) send(ctx, new Wire.Error(0, message));
    }

    private List<String> seatNames() {
        return engine.seats().stream().map(Seat::zh).toList();
    }

    private void send(WsContext ctx, Wire.Out msg) {
        try {
            ctx.send(Wire.mapper().writerFor(Wire.Out.class).writeValueAsString(msg));
        } catch (JsonProcessingException | RuntimeException e) {
            Conn gone = conns.remove(ctx); // a seat that went away: it reconnects and catches up from its next view
            System.err.println("drill: dropped " + (gone == null ? "a connection" : gone.seatName() + "：" + gone.name()) + ": " + e);
        }
    }

    @Override
    public void close() {
        if (app != null) app.stop();
        drill.shutdown();
        try {
            drill.awaitTermination(10, TimeUnit.SECONDS); // the journal is closed after this: let the last write finish
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.drillsim.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A seat's end of the drill protocol, without a screen (the JDK's WebSocket client): the seat windows, the
 * controller console and the tests all use it. Everything the server sent is kept in order; {@link #await} waits for
 * a message matching a condition.
 */
public final class DrillClient implements AutoCloseable {
    private final WebSocket ws;
    private final List<Wire.Out> received = new CopyOnWriteArrayList<>();
    private final List<Consumer<Wire.Out>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drill-client-ping");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private long nextRef = 1;
    private volatile boolean closed;

    private DrillClient(WebSocket ws) {
        this.ws = ws;
    }

    /** Connects to {@code host:port} (no hello yet). */
    public static DrillClient connect(String hostPort) {
        Listener l = new Listener();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://" + hostPort + "/drill"), l).join();
        DrillClient c = new DrillClient(ws);
        l.client = c;
        // keeps the connection open through long pauses (the server closes idle sockets)
        c.pinger.scheduleAtFixedRate(() -> {
            if (!c.closed) c.ws.sendPing(ByteBuffer.allocate(0));
        }, 10, 10, TimeUnit.SECONDS);
        return c;
    }

    /** Connects and joins a seat; waits for the welcome. */
    public static DrillClient join(String hostPort, String seat, String name, String code) throws TimeoutException {
        DrillClient c = connect(hostPort);
        c.send(new Wire.Hello(seat, name, code));
        Wire.Out first = c.await(m -> m instanceof Wire.Welcome || m instanceof Wire.Error, 20_000);
        if (first instanceof Wire.Error e) {
            c.close();
            throw new IllegalArgumentException(e.message());
        }
        return c;
    }

    /** Called for every message from the server (on the client's thread). */
    public void onMessage(Consumer<Wire.Out> l) {
        listeners.add(l);
    }

    /** Sends a message. */
    public void send(Wire.In msg) {
        try {
            sendRaw(Wire.mapper().writerFor(Wire.In.class).writeValueAsString(msg));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends any text (tests of bad messages). */
    public void sendRaw(String text) {
        synchronized (lock) {
            ws.sendText(text, true).join();
        }
    }

    /** Sends an order; returns its ref. */
    public long order(JsonNode command) {
        long ref;
        synchronized (lock) {
            ref = nextRef++;
        }
        send(new Wire.Order(ref, command));
        return ref;
    }

    /** Everything received so far, in order. */
    public List<Wire.Out> received() {
        return new ArrayList<>(received);
    }

    /** The latest view, or null. */
    public SeatView lastView() {
        for (int i = received.size() - 1; i >= 0; i--) if (received.get(i) instanceof Wire.View v) return v.view();
        return null;
    }

    /**
     * Waits until a message matching {@code p} has arrived (also one that arrived before the call).
     *
     * @throws TimeoutException after {@code timeoutMs} (a guard against a hung test, not a speed check)
     */
    public Wire.Out await(Predicate<Wire.Out> p, long timeoutMs) throws TimeoutException {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        synchronized (received) {
            while (true) {
                for (Wire.Out m : received) if (p.test(m)) return m;
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) throw new TimeoutException("no matching message from the drill server");
                try {
                    received.wait(Math.min(left, 200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TimeoutException("interrupted");
                }
            }
        }
    }

    /** Waits for a view matching {@code p}. */
    public SeatView awaitView(Predicate<SeatView> p, long timeoutMs) throws TimeoutException {
        return ((Wire.View) await(m -> m instanceof Wire.View v && p.test(v.view()), timeoutMs)).view();
    }

    private void deliver(String text) {
        Wire.Out m;
        try {
            m = Wire.mapper().readValue(text, Wire.Out.class);
        } catch (JsonProcessingException e) {
            m = new Wire.Error(0, "unreadable message from the server: " + e.getOriginalMessage());
        }
        synchronized (received) {
            received.add(m);
            received.notifyAll();
        }
        for (Consumer<Wire.Out> l : listeners) l.accept(m);
    }

    @Override
    public void close() {
        closed = true;
        pinger.shutdownNow();
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).join();
        } catch (RuntimeException e) {
            ws.abort();
        }
    }

    /** Assembles text frames that come in parts. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile DrillClient client;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                while (client == null) Thread.onSpinWait(); // the first frame can beat the constructor's return
                client.deliver(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}

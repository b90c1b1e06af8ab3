package org.drillsim.bench.ui;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.drillsim.routing.MapLocator;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.RoadNetworkLoader;
import org.drillsim.routing.Route;
import org.drillsim.routing.Router;
import org.drillsim.ui.map.MapScene;
import org.drillsim.ui.map.MapView;
import org.drillsim.ui.map.Track;
import org.drillsim.ui.map.UnitMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * {@code drillsim bench ui}: frames per second of the trainer's map — the Harbin road network with 500 units
 * driving their routes at 3600× — side by side with a naive renderer (every edge stroked segment by segment
 * each frame) in the same JVM and window. Without a display it runs JavaFX headless (Monocle, software
 * pipeline) with pulses at full speed, so the rate is what the renderer sustains, not the 60 Hz cap.
 * Phases: DrillSim while playing (road and hazard layers cached, units drawn every frame), DrillSim while
 * panning (cached layers moved by whole pixels, redrawn when the pan passes their margin), DrillSim with the
 * roads redrawn every frame (batched per class, culled to the view — the drawing method alone against the
 * reference), and the naive reference. Last line {@code RESULT ui_fps=<x>}: the slower of playing and panning.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Trainer map rendering: DrillSim map (batched, culled, layered) vs naive per-edge strokeLine; Harbin + moving units")
public final class UiBench implements Callable<Integer> {
    @Option(names = "--map", description = "OSM extract (default: harbin from the map search path)")
    Path map;

    @Option(names = "--units", defaultValue = "500", description = "moving units (default ${DEFAULT-VALUE})")
    int units;

    @Option(names = "--speed", defaultValue = "3600", description = "simulated seconds per wall second (default ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--seconds", defaultValue = "3", description = "measured wall seconds per phase and round, after 1 s warm-up (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of all phases, interleaved; the median round counts (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--width", defaultValue = "1600", description = "window width (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "window height (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--seed", defaultValue = "2024", description = "seed for the units' routes (default ${DEFAULT-VALUE})")
    long seed;

    /** Frames counted in one phase. */
    private record Phase(String name, long pulses, double seconds, double trackedFps) {
        double fps() {
            return pulses / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (units < 0 || !(speed > 0) || !(seconds > 0) || rounds < 1 || width < 200 || height < 150) {
            System.err.println("bench ui: need --units >= 0, --speed > 0, --seconds > 0, --rounds >= 1, --width >= 200, --height >= 150");
            return 2;
        }
        boolean headless = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", Math.max(1920, width) + "x" + Math.max(1200, height) + "-32");
        }
        System.setProperty("javafx.animation.fullspeed", "true");

        Path pbf = MapLocator.locate("harbin", map);
        long t0 = System.nanoTime();
        RoadNetwork net = RoadNetworkLoader.load(pbf);
        System.out.printf(Locale.ROOT, "map %s: %d nodes, %d edges (%.1f s)%n", pbf.getFileName(), net.nodeCount(), net.edgeCount(), (System.nanoTime() - t0) / 1e9);
        long horizon = (long) (speed * 1000 * (seconds + 1) * 4 * rounds) + 60_000;
        t0 = System.nanoTime();
        List<UnitMark> fleet = movingUnits(net, units, horizon, seed);
        System.out.printf(Locale.ROOT, "%d units on routed tracks covering %.1f simulated hours (%.1f s)%n", fleet.size(), horizon / 3.6e6, (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "JavaFX %s, %s, window %d×%d, %.0f× real time, pulses at full speed%n",
                System.getProperty("javafx.runtime.version", "?"), headless ? "headless Monocle + software pipeline" : "display " + System.getenv("DISPLAY"), width, height, speed);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Stage[] stage = new Stage[1];
        StackPane root = new StackPane();
        MapView mapView = onFx(() -> {
            MapView v = new MapView(net);
            v.setScene(new MapScene(0, List.of(), List.of(), fleet, List.of(), new int[0], List.of()));
            root.getChildren().add(v);
            Stage s = new Stage();
            s.setScene(new Scene(root, width, height));
            s.show();
            stage[0] = s;
            return v;
        });
        onFx(() -> {
            mapView.fitNetwork();
            return null;
        });
        NaiveMapCanvas naive = onFx(() -> new NaiveMapCanvas(net, mapView.projection(), mapView.viewport(), width, height));
        naive.setUnits(fleet);
        int[] direction = {1};

        String[] names = {"DrillSim, playing (layers cached, units each frame)", "DrillSim, panning 2 px/frame (cached layers moved)",
                "DrillSim, roads redrawn every frame (batched, culled)", "naive reference (every edge strokeLine each frame)"};
        List<List<Phase>> byPhase = new ArrayList<>();
        for (int i = 0; i < names.length; i++) byPhase.add(new ArrayList<>());
        int panRedraws = 0;
        // Rounds interleave the phases so that a burst of load on a shared machine hits them alike.
        for (int round = 0; round < rounds; round++) {
            onFx(() -> {
                root.getChildren().setAll(mapView);
                return null;
            });
            byPhase.get(0).add(measure(names[0], stage[0].getScene(), mapView::render));
            int before = onFx(mapView::fullRedraws);
            byPhase.get(1).add(measure(names[1], stage[0].getScene(), t -> {
                if (mapView.viewport().version() % 400 == 0) direction[0] = -direction[0];
                mapView.viewport().panBy(2 * direction[0], 0);
                mapView.render(t);
            }));
            panRedraws += onFx(mapView::fullRedraws) - before;
            byPhase.get(2).add(measure(names[2], stage[0].getScene(), t -> {
                mapView.invalidateLayers();
                mapView.render(t);
            }));
            onFx(() -> {
                root.getChildren().setAll(naive);
                return null;
            });
            byPhase.get(3).add(measure(names[3], stage[0].getScene(), naive::render));
        }
        Phase play = median(byPhase.get(0));
        Phase pan = median(byPhase.get(1));
        Phase full = median(byPhase.get(2));
        Phase reference = median(byPhase.get(3));
        int drawn = onFx(mapView::lastRoadsDrawn);
        Platform.exit();

        System.out.println();
        System.out.printf(Locale.ROOT, "%-55s %9s %12s   %s%n", "renderer (median of " + rounds + " rounds)", "fps", "tracked fps", "all rounds");
        for (int i = 0; i < names.length; i++) {
            Phase p = List.of(play, pan, full, reference).get(i);
            String all = byPhase.get(i).stream().map(x -> String.format(Locale.ROOT, "%.1f", x.fps())).reduce((x, y) -> x + " " + y).orElse("");
            System.out.printf(Locale.ROOT, "%-55s %9.1f %12.1f   %s%n", p.name(), p.fps(), p.trackedFps(), all);
        }
        System.out.printf(Locale.ROOT, "roads drawn per full redraw at city zoom: %d of %d polylines (minor classes left out when zoomed out)%n",
                drawn, mapView.roads().polylineCount());
        long panFrames = byPhase.get(1).stream().mapToLong(Phase::pulses).sum();
        System.out.printf(Locale.ROOT, "full redraws of the cached layers while panning: %d in %d frames%n", panRedraws, panFrames);
        double ours = Math.min(play.fps(), pan.fps());
        System.out.printf(Locale.ROOT, "speed-up over the naive renderer: playing %.1f×, panning %.1f×, full redraw every frame %.1f×%n",
                play.fps() / reference.fps(), pan.fps() / reference.fps(), full.fps() / reference.fps());
        System.out.printf(Locale.ROOT, "goal ≥ 30 fps: %s%n", ours >= 30 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "RESULT ui_fps=%.1f%n", ours);
        return 0;
    }

    private static Phase median(List<Phase> phases) {
        List<Phase> sorted = new ArrayList<>(phases);
        sorted.sort(java.util.Comparator.comparingDouble(Phase::fps));
        return sorted.get(sorted.size() / 2);
    }

    /** Runs {@code frame} on every pulse for 1 s of warm-up and then {@link #seconds}; counts the pulses. */
    private Phase measure(String name, Scene scene, LongConsumer frame) throws Exception {
        long[] pulses = {0};
        long[] startNanos = {0};
        boolean[] counting = {false};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (startNanos[0] == 0) startNanos[0] = now;
                long simMs = (long) ((now - startNanos[0]) / 1e6 * speed);
                frame.accept(simMs);
                if (counting[0]) pulses[0]++;
            }
        };
        PerformanceTracker tracker = onFx(() -> PerformanceTracker.getSceneTracker(scene));
        onFx(() -> {
            timer.start();
            return null;
        });
        Thread.sleep(1000);
        long t0 = onFx(() -> {
            counting[0] = true;
            tracker.resetAverageFPS();
            return System.nanoTime();
        });
        Thread.sleep((long) (seconds * 1000));
        double[] result = onFx(() -> {
            counting[0] = false;
            timer.stop();
            return new double[] {(System.nanoTime() - t0) / 1e9, tracker.getAverageFPS()};
        });
        return new Phase(name, pulses[0], result[0], result[1]);
    }

    /** Units driving back and forth between random node pairs along their shortest routes (free flow). */
    static List<UnitMark> movingUnits(RoadNetwork net, int count, long horizonMs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Router router = new Router(net);
        String[] kinds = {"ambulance", "medical-team", "truck", "bus", "road-repair"};
        List<UnitMark> out = new ArrayList<>();
        while (out.size() < count) {
            int a = rnd.nextInt(net.nodeCount());
            int b = rnd.nextInt(net.nodeCount());
            Route r = router.route(a, b, null, 0);
            if (!r.isFound() || r.edges().length < 3 || r.timeMs() <= 0) continue;
            out.add(new UnitMark("u" + out.size(), kinds[out.size() % kinds.length], true, pingPong(net, r, horizonMs, rnd.nextLong(r.timeMs()))));
        }
        return out;
    }

    private static Track pingPong(RoadNetwork net, Route r, long horizonMs, long offsetMs) {
        List<double[]> pts = new ArrayList<>(); // lon, lat, ms from route start
        long t = 0;
        pts.add(new double[] {net.lon(r.fromNode()), net.lat(r.fromNode()), 0});
        for (int e : r.edges()) {
            var cs = net.geometry(e).getCoordinates();
            long dt = net.freeFlowTimeMs(e);
            for (int i = 1; i < cs.length; i++) pts.add(new double[] {cs[i].x, cs[i].y, t + dt * (double) i / (cs.length - 1)});
            t += dt;
        }
        long legMs = t;
        int legs = (int) ((horizonMs + offsetMs) / legMs) + 2;
        int n = pts.size();
        double[] lon = new double[legs * (n - 1) + 1];
        double[] lat = new double[lon.length];
        long[] time = new long[lon.length];
        int k = 0;
        for (int leg = 0; leg < legs; leg++) {
            for (int i = (leg == 0 ? 0 : 1); i < n; i++) {
                double[] p = leg % 2 == 0 ? pts.get(i) : pts.get(n - 1 - i);
                double along = leg % 2 == 0 ? p[2] : legMs - p[2];
                lon[k] = p[0];
                lat[k] = p[1];
                time[k] = Math.round(leg * (double) legMs + along) - offsetMs;
                k++;
            }
        }
        for (int i = 1; i < k; i++) time[i] = Math.max(time[i], time[i - 1]);
        return new Track(java.util.Arrays.copyOf(lon, k), java.util.Arrays.copyOf(lat, k), java.util.Arrays.copyOf(time, k));
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}

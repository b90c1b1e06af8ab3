package org.drillsim.cli;

import org.drillsim.exporters.AtomicFiles;
import org.drillsim.routing.MapImportException;
import org.drillsim.routing.MapLocator;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.world.HazardSnapshot;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.FacilityResolver;
import org.drillsim.geodata.OsmExtractException;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.ResolvedFacilities;
import org.locationtech.jts.geom.Envelope;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.runformat.OutputRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code drillsim hazard SCENARIO --at 6h --geojson out.geojson [--png out.png]}: the hazard
 * footprints, facilities and closed roads at one simulated time, for a GIS and for a quick look.
 */
@Command(name = "hazard", mixinStandardHelpOptions = true,
        description = {"输出某一时刻的灾害范围、设施和封闭道路 / write hazard footprints, facilities and closed roads at a time"})
public final class HazardCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file or built-in id / 情景文件或内置情景名")
    String scenario;

    @Option(names = "--at", defaultValue = "6h", paramLabel = "TIME",
            description = "simulated time: 6h, 90m, 1.5h, 2d, T+06:30 (default ${DEFAULT-VALUE})")
    String at;

    @Option(names = "--geojson", paramLabel = "FILE", description = "GeoJSON output (RFC 7946)")
    Path geojson;

    @Option(names = "--png", paramLabel = "FILE", description = "also draw the map as a PNG / 同时输出地图图片")
    Path png;

    @Option(names = "--map", paramLabel = "PATH", description = "OSM extract instead of searching for the scenario's one")
    Path map;

    private final PrintStream out;
    private final PrintStream err;

    public HazardCommand() {
        this(System.out, System.err);
    }

    HazardCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        long t;
        try {
            t = parseTime(at);
        } catch (IllegalArgumentException e) {
            err.println("--at " + at + ": " + e.getMessage());
            return 2;
        }
        Scenario s;
        try {
            s = ScenarioLibrary.resolve(scenario, null);
        } catch (ScenarioException e) {
            e.errors().forEach(x -> err.println(x));
            return 2;
        }
        if (geojson == null && png == null) {
            err.println("nothing to write: give --geojson FILE and/or --png FILE / 请指定输出文件");
            return 2;
        }
        if (t > s.horizonMs()) {
            // Still written: the map shows the last tick, the state a run ends in.
            err.println(beyondHorizon(t, s.horizonMs()));
        }
        try {
            // both outputs checked before the work, so a refused --png does not leave a lone GeoJSON behind
            for (Path target : new Path[] {geojson, png}) {
                if (target != null) {
                    OutputFiles.checkReplaceable(target);
                }
            }
            // the run's own site: same network, hazard timeline (scripted injects included) and closure rule
            OsmLayers layers = null;
            if (s.map().synthetic() == null || map != null) {
                layers = OsmLayerCache.load(MapLocator.locate(s.map().extract() != null ? s.map().extract() : "harbin", map));
            }
            ScenarioSite site = SiteLoader.load(s, CliPaths.scenarioDir(scenario), map, null);
            RoadNetwork net = site.network();
            ResolvedFacilities facilities = FacilityResolver.resolve(s, layers);
            HazardSnapshot snap = HazardSnapshot.at(site, t, facilities, layers != null ? OsmLayers.ATTRIBUTION : null);
            if (geojson != null) {
                byte[] text = snap.toGeoJson().getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(geojson, o -> o.write(text));
                out.println("✓ " + geojson + " (" + HazardSnapshot.tPlus(snap.timeMs()) + ")");
            }
            if (png != null) {
                Envelope view = view(s, net);
                new HazardMapRenderer(view).render(snap, layers, png);
                out.println("✓ " + png);
            }
            long zones = snap.footprints().stream().mapToLong(f -> f.zones().size()).sum();
            out.printf(Locale.ROOT, "%s %s: %d hazard zones, %d closed road edges, %d facilities — %s%n",
                    s.id(), HazardSnapshot.tPlus(snap.timeMs()), zones, snap.closedEdges().size(),
                    facilities.locations().size(), snap.attribution());
            return 0;
        } catch (MapImportException | OsmExtractException | IllegalArgumentException e) {
            err.println(new ScenarioError(scenario, 0, 0, "", e.getMessage()));
            return 2;
        } catch (OutputRefusedException e) {
            err.println("drillsim hazard: " + e.getMessage());
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("drillsim hazard: " + OutputFiles.describe(e));
            return 1;
        }
    }

    /** The one-line warning for a time after the scenario's end, Chinese first. */
    static String beyondHorizon(long t, long horizonMs) {
        String at = HazardSnapshot.tPlus(t);
        String end = HazardSnapshot.tPlus(horizonMs);
        return "警告：" + at + " 超出情景时长 " + end + "，推演不会到达该时刻 / warning: " + at
                + " is beyond the scenario horizon " + end + "; a run never reaches it";
    }

    private static Envelope view(Scenario s, RoadNetwork net) {
        var aoi = s.map().areaOfInterest();
        if (aoi != null) {
            return new Envelope(aoi.minLon(), aoi.maxLon(), aoi.minLat(), aoi.maxLat());
        }
        return net.bounds();
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([dhm]?)");
    private static final Pattern CLOCK = Pattern.compile("(?:T\\+)?(\\d+):(\\d{2})");

    /** Simulated time in ms from {@code 6h}, {@code 90m}, {@code 1.5h}, {@code 2d}, {@code T+06:30} or hours. */
    static long parseTime(String text) {
        String s = text.trim();
        Matcher c = CLOCK.matcher(s);
        if (c.matches()) {
            return (Long.parseLong(c.group(1)) * 60 + Long.parseLong(c.group(2))) * 60_000L;
        }
        Matcher m = DURATION.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a time such as 6h, 90m, 2d or T+06:30");
        }
        double v = Double.parseDouble(m.group(1));
        double unitMs = switch (m.group(2)) {
            case "d" -> 86_400_000.0;
            case "m" -> 60_000.0;
            default -> 3_600_000.0;
        };
        return Math.round(v * unitMs);
    }
}

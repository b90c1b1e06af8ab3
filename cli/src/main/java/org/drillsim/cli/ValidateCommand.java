package org.drillsim.cli;

import org.drillsim.routing.MapLocator;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.RoadNetworkLoader;
import org.drillsim.routing.SyntheticCity;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.hazards.Hazard;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.SourceTree;
import org.drillsim.format.io.TerminalText;
import org.drillsim.geodata.FacilityResolver;
import org.drillsim.geodata.ResolvedFacilities;
import org.drillsim.world.ScenarioSite;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.Injects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code drillsim validate FILE…}: checks scenario files and prints every problem, one line each
 * ({@code file:line:col: field: what was expected}). Exit code 0 when all are valid, 2 otherwise. Warnings
 * ({@code file:line:col: warning: field: …}, e.g. a scripted road closure that matches no road) leave it 0.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"检查情景文件，逐行列出全部错误 / check scenario files and list every error, one per line",
                "Exit code 0 = valid, 2 = errors."})
public final class ValidateCommand implements Callable<Integer> {
    /** Exit code for invalid input. */
    public static final int EXIT_INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "scenario file (YAML or JSON) or built-in scenario id / 情景文件或内置情景名")
    List<String> files;

    @Option(names = "--map", paramLabel = "PATH", description = "map extract to use instead of searching for the scenario's one")
    Path map;

    @Option(names = "--no-map-check", description = {"do not look for the map extract nor build the facilities and hazards on it",
            "不检查地图文件，也不在地图上构建设施和灾害模型"})
    boolean noMapCheck;

    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand() {
        this(System.out, System.err);
    }

    /** For tests: write to the given streams. */
    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        int bad = 0;
        for (String f : files) {
            try {
                Scenario s = ScenarioLibrary.resolve(f, noMapCheck ? null : mapProblem());
                if (!noMapCheck) {
                    deepCheck(f, s);
                }
                unfedTargets(f, s);
                out.println(TerminalText.escape("✓ " + f + ": 有效 / valid — " + s.name().both() + " ("
                        + s.hazards().size() + " hazards, " + s.targets().size() + " targets, " + s.injects().size()
                        + " injects, " + s.horizonHours() + " h)"));
            } catch (ScenarioException e) {
                bad++;
                for (ScenarioError line : e.errors()) {
                    err.println(line);
                }
                err.println("✗ " + TerminalText.escape(f) + ": " + e.errors().size() + " 个错误 / error" + (e.errors().size() == 1 ? "" : "s"));
            } catch (org.drillsim.routing.MapImportException | org.drillsim.geodata.OsmExtractException e) {
                bad++;
                err.println(TerminalText.escape(f + ":0:0: map: " + e.getMessage()));
            } catch (RuntimeException e) {
                // A bug, not bad input: still one line, no stack trace.
                bad++;
                err.println(TerminalText.escape(f + ":0:0: (internal): " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return bad == 0 ? 0 : EXIT_INVALID;
    }

    /** A listed target that no model feeds with this scenario's inputs would print 未评 on every run: a warning. */
    private void unfedTargets(String f, Scenario s) {
        List<Integer> unfed = org.drillsim.world.score.TargetFeeds.unfed(s);
        if (unfed.isEmpty()) {
            return;
        }
        Path file = Path.of(f);
        SourceTree tree;
        try {
            boolean isFile = Files.isRegularFile(file);
            tree = SourceTree.parse(isFile ? Files.readString(file) : ScenarioLibrary.text(f), isFile ? f : f + ".yaml");
        } catch (java.io.IOException | ScenarioException | RuntimeException e) {
            tree = null;
        }
        for (int i : unfed) {
            String id = s.targets().get(i).id();
            String msg = "没有模型为目标 " + id + " 提供数据（情景缺少所需输入），将显示未评 / no model feeds target " + id
                    + " with this scenario's inputs; it will print 未评 (not scored)";
            String field = "targets[" + i + "]";
            String where = tree == null ? f + ":0:0" : position(tree.errorAt(field, msg));
            err.println(TerminalText.escape(where + ": warning: " + field + ": " + msg));
        }
    }

    private static String position(ScenarioError e) {
        return e.file() + ":" + e.line() + ":" + e.column();
    }

    /**
     * Builds what a run builds from the map — OSM facilities with overrides, and every hazard model with its
     * first footprint — so problems only the map reveals (an override of a feature that is not there, no
     * water with the river's name, an ignition outside fuel) are reported against the file too.
     */
    private void deepCheck(String f, Scenario s) throws ScenarioException {
        OsmLayers layers = null;
        Path pbf = null;
        if (s.map().extract() != null) {
            pbf = MapLocator.locate(s.map().extract(), map);
            layers = OsmLayerCache.load(pbf);
        }
        Path file = Path.of(f);
        boolean isFile = Files.isRegularFile(file);
        String text;
        try {
            text = isFile ? Files.readString(file) : ScenarioLibrary.text(f);
        } catch (java.io.IOException e) {
            return; // it was just read by the loader; nothing more to check
        }
        SourceTree tree = SourceTree.parse(text, isFile ? f : f + ".yaml");
        List<ScenarioError> errors = new ArrayList<>();
        RoadNetwork net = pbf != null ? RoadNetworkLoader.load(pbf)
                : SyntheticCity.generate(s.map().synthetic().seed(), s.map().synthetic().approxNodes());
        try {
            errors.addAll(facilitiesOffTheRoads(s, FacilityResolver.resolve(s, layers), net, tree));
        } catch (IllegalArgumentException e) {
            errors.add(tree.errorAt("facilities", e.getMessage()));
        }
        for (int i = 0; i < s.hazards().size(); i++) {
            Scenario one = withOnlyHazard(s, i);
            try {
                for (Hazard h : HazardTypes.installed().build(one, layers, isFile ? file.toAbsolutePath().getParent() : null)) {
                    h.footprintAt(0);
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                errors.add(tree.errorAt("hazards[" + i + "]", e.getMessage()));
            }
        }
        if (hasRoadClosure(s)) {
            for (ScenarioError w : closuresMatchingNoRoad(s, net, tree)) {
                err.println(TerminalText.escape(w.file() + ":" + w.line() + ":" + w.column() + ": warning: " + w.field()
                        + ": " + w.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
    }

    /**
     * Places every facility on the roads exactly as the run's site builder does, so a facility the run would
     * refuse (too far from any road) is reported against its entry in the file.
     */
    static List<ScenarioError> facilitiesOffTheRoads(Scenario s, ResolvedFacilities fac, RoadNetwork net, SourceTree tree) {
        Map<String, String> paths = facilityPaths(s);
        List<ScenarioError> errors = new ArrayList<>();
        ScenarioSite.Builder b = ScenarioSite.builder(s, net);
        List<Runnable> placements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        fac.hospitals().forEach(h -> { ids.add(h.id()); placements.add(() -> b.hospital(h)); });
        fac.fireStations().forEach(st -> { ids.add(st.id()); placements.add(() -> b.fireStation(st)); });
        fac.policeStations().forEach(st -> { ids.add(st.id()); placements.add(() -> b.policeStation(st)); });
        fac.depots().forEach(d -> { ids.add(d.id()); placements.add(() -> b.depot(d)); });
        fac.shelters().forEach(sh -> { ids.add(sh.id()); placements.add(() -> b.shelter(sh)); });
        fac.helicopterBases().forEach(hb -> { ids.add(hb.id()); placements.add(() -> b.helicopterBase(hb)); });
        for (int i = 0; i < placements.size(); i++) {
            try {
                placements.get(i).run();
            } catch (IllegalArgumentException e) {
                errors.add(tree.errorAt(paths.getOrDefault(ids.get(i), "facilities"), e.getMessage()));
            }
        }
        return errors;
    }

    /** Listed facility id → the path of its location in the file (its entry when it has none). */
    private static Map<String, String> facilityPaths(Scenario s) {
        Map<String, String> paths = new HashMap<>();
        var f = s.facilities();
        for (int i = 0; i < f.hospitals().items().size(); i++) {
            var h = f.hospitals().items().get(i);
            paths.putIfAbsent(h.id(), "facilities.hospitals.items[" + i + "]" + (h.location() != null ? ".location" : ""));
        }
        for (int i = 0; i < f.fireStations().items().size(); i++) {
            var st = f.fireStations().items().get(i);
            paths.putIfAbsent(st.id(), "facilities.fireStations.items[" + i + "]" + (st.location() != null ? ".location" : ""));
        }
        for (int i = 0; i < f.policeStations().items().size(); i++) {
            var st = f.policeStations().items().get(i);
            paths.putIfAbsent(st.id(), "facilities.policeStations.items[" + i + "]" + (st.location() != null ? ".location" : ""));
        }
        for (int i = 0; i < f.depots().size(); i++) {
            paths.putIfAbsent(f.depots().get(i).id(), "facilities.depots[" + i + "].location");
        }
        for (int i = 0; i < f.shelters().items().size(); i++) {
            var sh = f.shelters().items().get(i);
            paths.putIfAbsent(sh.id(), "facilities.shelters.items[" + i + "]" + (sh.location() != null ? ".location" : ""));
        }
        for (int i = 0; i < f.helicopterBases().size(); i++) {
            paths.putIfAbsent(f.helicopterBases().get(i).id(), "facilities.helicopterBases[" + i + "].location");
        }
        return paths;
    }

    private static boolean hasRoadClosure(Scenario s) {
        return s.injects().stream().flatMap(i -> i.effects().stream()).anyMatch(e -> e instanceof InjectEffect.CloseRoad);
    }

    /**
     * Scripted road closures that close no edge of {@code net} (a misspelt road name, a point off the roads):
     * a warning, not an error — the scenario runs, but the inject changes nothing.
     */
    static List<ScenarioError> closuresMatchingNoRoad(Scenario s, RoadNetwork net, SourceTree tree) {
        List<ScenarioError> warnings = new ArrayList<>();
        for (int i = 0; i < s.injects().size(); i++) {
            List<InjectEffect> effects = s.injects().get(i).effects();
            for (int j = 0; j < effects.size(); j++) {
                if (effects.get(j) instanceof InjectEffect.CloseRoad c && Injects.edgesClosedBy(net, c).length == 0) {
                    String zh = (c.roadName() == null ? "" : "道路名 " + c.roadName() + "，")
                            + String.format(Locale.ROOT, "半径 %.0f 米", c.radiusM());
                    String en = (c.roadName() == null ? "" : "name " + c.roadName() + ", ")
                            + String.format(Locale.ROOT, "within %.0f m", c.radiusM());
                    warnings.add(tree.errorAt("injects[" + i + "].effects[" + j + "]",
                            "封闭道路注入在地图上匹配不到任何道路（" + zh + "），推演时不会封闭道路"
                                    + " / the close-road inject matches no road on the map (" + en + "); it closes nothing"));
                }
            }
        }
        return warnings;
    }

    private static Scenario withOnlyHazard(Scenario s, int i) {
        return new Scenario(s.id(), s.name(), s.description(), s.map(), s.population(), s.facilities(), s.teams(),
                s.fleets(), s.agreementReserves(), List.of(s.hazards().get(i)), s.targets(), s.plan(), s.scoring(), List.of(), s.policy(),
                s.reserves(), s.communications(), s.horizonHours(), s.seed());
    }

    /** The map lookup: null when the extract is found, else one line saying where we looked. */
    private Function<String, String> mapProblem() {
        if (map != null) {
            return name -> Files.isRegularFile(map) ? null : "map file not found: --map " + map + "; expected an OSM extract file";
        }
        return name -> MapLocator.find(name).isPresent() ? null
                : "map extract '" + name + "' not found in " + MapLocator.searchPath().stream().map(Path::toString)
                .collect(Collectors.joining(", ")) + "; expected the file there or --map PATH (or --no-map-check)";
    }
}

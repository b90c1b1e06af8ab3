package org.drillsim.drill;

import com.fasterxml.jackson.core.type.TypeReference;
import org.drillsim.world.ScenarioSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One hosted drill and its directory: {@code journal.jsonl} (every acknowledged decision), {@code codes.json} (the
 * drill code of each seat, kept so a restarted server lets the same people back in) and, once the controller ends
 * the drill, {@code drill-report.json} / {@code drill-report.md}. {@code drillsim drill serve} and the tests use it.
 */
public final class DrillHost implements AutoCloseable {
    private final DrillServer server;
    private final DrillEngine engine;
    private final DrillJournal journal;
    private final Path dir;
    private final int replayed;

    private DrillHost(DrillServer server, DrillEngine engine, DrillJournal journal, Path dir, int replayed) {
        this.server = server;
        this.engine = engine;
        this.journal = journal;
        this.dir = dir;
        this.replayed = replayed;
    }

    /**
     * Starts a new drill in {@code dir} (which must not hold a journal yet).
     *
     * @param codes drill code per seat name (the seats and 导调组); null draws new six-digit codes
     */
    public static DrillHost start(ScenarioSite site, String scenarioArg, long seed, List<Seat> seats, Map<String, String> codes,
                                  Path dir, String host, int port) {
        Map<String, String> c = codes != null ? codes : newCodes(seats);
        DrillJournal j = DrillJournal.create(dir.resolve("journal.jsonl"), new DrillJournal.Header(DrillJournal.FORMAT, scenarioArg,
                site.scenario().id(), seed, seats.stream().map(Seat::zh).toList()));
        writeCodes(dir, c);
        DrillEngine e = new DrillEngine(site, seed, seats, DrillScript.builtIn(site.scenario().id()));
        e.journalTo(j);
        return new DrillHost(serve(e, c, site, seed, dir, host, port), e, j, dir, 0);
    }

    /**
     * Restarts the drill of {@code dir} from its journal: re-simulates the seed, re-applies every entry, and goes on
     * appending to the same journal with the same codes.
     *
     * @param sites builds the site of the scenario named in the journal's header
     */
    public static DrillHost resume(Path dir, Function<String, ScenarioSite> sites, String host, int port) {
        Path file = dir.resolve("journal.jsonl");
        DrillJournal.Contents c = DrillJournal.read(file);
        ScenarioSite site = sites.apply(c.header().scenario());
        if (!site.scenario().id().equals(c.header().scenarioId())) {
            throw new IllegalArgumentException(file + ": journal of scenario " + c.header().scenarioId() + ", not " + site.scenario().id());
        }
        List<Seat> seats = c.header().seats().stream().map(s -> Seat.find(s).orElseThrow(() -> new IllegalArgumentException(file + ": unknown seat " + s))).toList();
        DrillEngine e = new DrillEngine(site, c.header().seed(), seats, DrillScript.builtIn(site.scenario().id()));
        int n = e.replay(c.entries());
        DrillJournal j = DrillJournal.append(file);
        e.journalTo(j);
        return new DrillHost(serve(e, readCodes(dir), site, c.header().seed(), dir, host, port), e, j, dir, n);
    }

    private static DrillServer serve(DrillEngine e, Map<String, String> codes, ScenarioSite site, long seed, Path dir, String host, int port) {
        String id = site.scenario().id();
        String name = site.scenario().name() == null ? id : site.scenario().name().zh();
        return new DrillServer(e, codes, id, name, eng -> DrillReport.of(eng, id, name, seed).write(dir)).start(host, port);
    }

    /** Six-digit codes for the seats and the controller. */
    public static Map<String, String> newCodes(List<Seat> seats) {
        SecureRandom r = new SecureRandom();
        Map<String, String> out = new LinkedHashMap<>();
        out.put(Seat.CONTROLLER, String.format("%06d", r.nextInt(1_000_000)));
        for (Seat s : seats) out.put(s.zh(), String.format("%06d", r.nextInt(1_000_000)));
        return out;
    }

    private static void writeCodes(Path dir, Map<String, String> codes) {
        try {
            Files.writeString(dir.resolve("codes.json"), Wire.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(codes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readCodes(Path dir) {
        try {
            return Wire.mapper().readValue(Files.readString(dir.resolve("codes.json")), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(dir.resolve("codes.json") + ": " + e.getMessage(), e);
        }
    }

    /** The server. */
    public DrillServer server() {
        return server;
    }

    /** The drill; touch it only through {@code server().call(...)}. */
    public DrillEngine engine() {
        return engine;
    }

    /** The drill directory. */
    public Path dir() {
        return dir;
    }

    /** Commands re-applied by {@link #resume}, 0 for a new drill. */
    public int replayed() {
        return replayed;
    }

    /** The codes of the seats. */
    public Map<String, String> codes() {
        return readCodes(dir);
    }

    @Override
    public void close() {
        server.close();
        journal.close();
    }
}

package org.drillsim.world;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.routing.CacheFile;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.RoadNetworkLoader;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.HazardSpec;
import org.drillsim.format.model.Scenario;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Disk cache of the expensive, deterministic part of a {@link ScenarioSite}: the population grid's cells and
 * the precomputed {@link HazardTimeline} (together 15–20 s of a Harbin load). The key is a SHA-256 of
 * <ul>
 *   <li>the scenario (its canonical JSON, so a library id and a file with the same content share an entry) and
 *       the bytes of the files it refers to ({@code extentsGeoJson});</li>
 *   <li>the map file's bytes and the road network's structure (node positions, edge ends, bridges);</li>
 *   <li>the code version: the compiled classes of the routing, hazard, OSM, model and response-core packages,
 *       plus the JTS version — a rebuilt program with changed rules never reads an old entry.</li>
 * </ul>
 * An entry is a {@link CacheFile} (kind {@code site}): checked against its checksum, format and key on every read;
 * a damaged, truncated or outdated entry is computed again with a one-line notice, and a folder that cannot be
 * written leaves the site in memory, with a notice. Only the {@value #KEEP_PER_SCENARIO} newest entries per
 * scenario id are kept.
 */
public final class SiteCache {
    /** Bump when the file layout changes. */
    static final int FORMAT = 2;
    static final String KIND = "site";
    static final int KEEP_PER_SCENARIO = 3;
    /**
     * Packages (class-file path prefixes) whose code decides the cached content: road network, scenario format,
     * OSM layers and population grid, hazard physics, and the site assembly (the world package itself, without
     * its command, log and score subpackages, which read the site but do not build it).
     */
    private static final List<String> CODE_PACKAGES = List.of("org/drillsim/routing/", "org/drillsim/format/",
            "org/drillsim/geodata/", "org/drillsim/hazards/", "org/drillsim/world/");
    private static final String TOP_LEVEL_ONLY = "org/drillsim/world/";
    private static volatile String codeVersion;

    private final Path dir;

    /** A cache in {@code dir}; null disables caching (every load computes). */
    public SiteCache(Path dir) {
        this.dir = dir;
    }

    /** The cache beside the road-network cache ({@code $DRILLSIM_CACHE/sites}, else {@code ~/.cache/drillsim/sites}). */
    public static SiteCache defaultCache() {
        return new SiteCache(RoadNetworkLoader.defaultCacheDir().resolve("sites"));
    }

    /** A cache that never stores anything. */
    public static SiteCache disabled() {
        return new SiteCache(null);
    }

    /** Whether this cache reads and writes at all. */
    public boolean enabled() {
        return dir != null;
    }

    /** The cached part of a site. */
    public record Entry(List<GridCell> grid, long gridTotal, String gridSource, int siteCells, HazardTimeline timeline) {
    }

    /** A population-grid cell before snapping: centre and residents. */
    public record GridCell(double lon, double lat, long people) {
    }

    /**
     * The key of a site.
     *
     * @param s        the scenario
     * @param baseDir  directory of the scenario file (relative paths), or null
     * @param mapFile  the OSM extract used, or null for a synthetic city
     * @param net      the road network (its structure is part of the key)
     * @param tickMs   hazard tick
     */
    public static String key(Scenario s, Path baseDir, Path mapFile, RoadNetwork net, long tickMs) {
        MessageDigest sha = sha256();
        update(sha, "format " + FORMAT + " tick " + tickMs);
        try {
            sha.update(new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(s));
        } catch (IOException e) {
            throw new IllegalStateException("scenario " + s.id() + " cannot be written as JSON for the cache key: "
                    + e.getMessage(), e);
        }
        for (HazardSpec h : s.hazards()) {
            if (h instanceof FloodSpec f && f.extentsGeoJson() != null) {
                Path file = baseDir == null ? Path.of(f.extentsGeoJson()) : baseDir.resolve(f.extentsGeoJson());
                update(sha, "extents " + f.extentsGeoJson());
                fileBytes(sha, file);
            }
        }
        if (mapFile != null) {
            update(sha, "map");
            fileBytes(sha, mapFile);
        }
        update(sha, "network " + net.nodeCount() + " " + net.edgeCount());
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(16 * net.nodeCount() + 9 * net.edgeCount());
        for (int v = 0; v < net.nodeCount(); v++) {
            buf.putDouble(net.lon(v)).putDouble(net.lat(v));
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            buf.putInt(net.edgeFrom(e)).putInt(net.edgeTo(e)).put((byte) (net.isBridge(e) ? 1 : 0));
        }
        sha.update(buf.array());
        update(sha, "code " + codeVersion());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The entry of {@code key}, or null when there is none; notices on stderr. */
    public Entry read(String scenarioId, String key) {
        return read(scenarioId, key, System.err::println);
    }

    /** The entry of {@code key}, or null when there is none or it is unsound (then with a notice why). */
    public Entry read(String scenarioId, String key, Consumer<String> notices) {
        if (dir == null) {
            return null;
        }
        return CacheFile.read(file(scenarioId, key), KIND, FORMAT, key, SiteCache::decode, notices);
    }

    /** Stores an entry; notices on stderr. */
    public void write(String scenarioId, String key, Entry entry) {
        write(scenarioId, key, entry, System.err::println);
    }

    /**
     * Stores an entry atomically (temporary file, then rename). A failing write (read-only or full disk) only
     * costs the cache: {@code notices} hears why, the caller keeps the site it computed.
     */
    public void write(String scenarioId, String key, Entry entry, Consumer<String> notices) {
        if (dir == null) {
            return;
        }
        Path file = file(scenarioId, key);
        if (CacheFile.write(file, KIND, FORMAT, key, true, out -> encode(out, entry), notices)) {
            try {
                prune(scenarioId, file);
            } catch (IOException e) {
                notices.accept("drillsim: 旧缓存未能清理 / old cache entries not pruned: " + e.getMessage());
            }
        }
    }

    /** The file of an entry. */
    Path file(String scenarioId, String key) {
        return dir.resolve(safe(scenarioId) + "-" + key.substring(0, 20) + ".site");
    }

    // ------------------------------------------------------------------ file layout

    private static void encode(DataOutputStream out, Entry e) throws IOException {
        out.writeLong(e.gridTotal());
        out.writeUTF(e.gridSource());
        out.writeInt(e.grid().size());
        for (GridCell c : e.grid()) {
            out.writeDouble(c.lon());
            out.writeDouble(c.lat());
            out.writeLong(c.people());
        }
        out.writeInt(e.siteCells());
        HazardTimeline t = e.timeline();
        out.writeLong(t.tickMs());
        List<HazardTick> ticks = t.ticks();
        out.writeInt(ticks.size());
        Map<String, Integer> strings = new HashMap<>();
        IdentityHashMap<int[], Integer> firstWith = new IdentityHashMap<>();
        for (HazardTick k : ticks) {
            out.writeLong(k.timeMs());
            Integer same = firstWith.get(k.edges());
            if (same != null && ticks.get(same).cells() == k.cells()) {
                out.writeInt(same);           // identical to an earlier tick: arrays shared
                continue;
            }
            firstWith.putIfAbsent(k.edges(), k.index());
            out.writeInt(-1);
            out.writeInt(k.edges().length);
            for (int i = 0; i < k.edges().length; i++) {
                out.writeInt(k.edges()[i]);
                out.writeFloat(k.factors()[i]);
                out.writeBoolean(k.closedToPublic()[i]);
            }
            out.writeInt(k.cells().size());
            for (CellEffect c : k.cells()) {
                PeopleEffect p = c.effect();
                out.writeInt(c.cell());
                writeString(c.hazardId(), strings, out);
                out.writeByte(c.kind().ordinal());
                out.writeBoolean(p.displaced());
                out.writeByte(p.action().ordinal());
                out.writeDouble(p.injuryFraction());
                out.writeDouble(p.fatalityFraction());
                writeString(p.reason(), strings, out);
            }
        }
    }

    /** Writes a string's table index when it was written before, else −1 and the text (which joins the table). */
    private static void writeString(String s, Map<String, Integer> strings, DataOutputStream out) throws IOException {
        Integer i = strings.get(s);
        if (i != null) {
            out.writeInt(i);
            return;
        }
        out.writeInt(-1);
        out.writeUTF(s);
        strings.put(s, strings.size());
    }

    private static Entry decode(CacheFile.In in) throws IOException {
        long total = in.readLong();
        String source = in.readUTF();
        int n = in.count(24);
        List<GridCell> grid = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            grid.add(new GridCell(in.readDouble(), in.readDouble(), in.readLong()));
        }
        int siteCells = in.readInt();
        long tickMs = in.readLong();
        int nt = in.count(12);
        List<HazardTick> ticks = new ArrayList<>(nt);
        List<String> table = new ArrayList<>();
        HazardKind[] kinds = HazardKind.values();
        ProtectiveAction[] actions = ProtectiveAction.values();
        for (int k = 0; k < nt; k++) {
            long time = in.readLong();
            int same = in.readInt();
            if (same >= k) {
                throw new CacheFile.DamagedException("tick " + k + " refers to tick " + same);
            }
            if (same >= 0) {
                HazardTick b = ticks.get(same);
                ticks.add(new HazardTick(k, time, b.edges(), b.factors(), b.closedToPublic(), b.cells()));
                continue;
            }
            int ne = in.count(9);
            int[] edges = new int[ne];
            float[] factors = new float[ne];
            boolean[] pc = new boolean[ne];
            for (int i = 0; i < ne; i++) {
                edges[i] = in.readInt();
                factors[i] = in.readFloat();
                pc[i] = in.readBoolean();
            }
            int nc = in.count(31);
            List<CellEffect> cells = new ArrayList<>(nc);
            for (int i = 0; i < nc; i++) {
                int cell = in.readInt();
                String hazard = readString(in, table);
                HazardKind kind = in.readEnum(kinds);
                boolean displaced = in.readBoolean();
                ProtectiveAction action = in.readEnum(actions);
                double inj = in.readDouble();
                double fat = in.readDouble();
                String reason = readString(in, table);
                cells.add(new CellEffect(cell, hazard, kind, new PeopleEffect(displaced, action, inj, fat, reason)));
            }
            // a list of its own, never a shared empty one: listeners take identical lists for an unchanged tick
            ticks.add(new HazardTick(k, time, edges, factors, pc, cells));
        }
        return new Entry(List.copyOf(grid), total, source, siteCells, HazardTimeline.of(tickMs, ticks));
    }

    private static String readString(CacheFile.In in, List<String> table) throws IOException {
        int i = in.readInt();
        if (i >= table.size()) {
            throw new CacheFile.DamagedException("string " + i + " of " + table.size());
        }
        if (i >= 0) {
            return table.get(i);
        }
        String s = in.readUTF();
        table.add(s);
        return s;
    }

    /** Keeps the newest {@value #KEEP_PER_SCENARIO} entries of a scenario id. */
    private void prune(String scenarioId, Path keep) throws IOException {
        String prefix = safe(scenarioId) + "-";
        List<Path> mine;
        try (Stream<Path> files = Files.list(dir)) {
            mine = new ArrayList<>(files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".site") && n.length() == prefix.length() + 20 + 5;
            }).toList());
        }
        mine.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed());
        for (int i = 0; i < mine.size(); i++) {
            if (i >= KEEP_PER_SCENARIO && !mine.get(i).equals(keep)) {
                Files.deleteIfExists(mine.get(i));
            }
        }
    }

    // ------------------------------------------------------------------ key helpers

    /**
     * A hash of the compiled classes that decide the cached content (see {@link #CODE_PACKAGES}), read from the
     * classes' own locations (a directory in a build tree, a jar when installed), plus the JTS version.
     */
    static String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            MessageDigest sha = sha256();
            update(sha, "jts " + org.locationtech.jts.JTSVersion.CURRENT_VERSION);
            // one anchor class per module that holds CODE_PACKAGES; a fat jar holding them all is hashed once
            Set<String> seen = new HashSet<>();
            for (Class<?> anchor : List.of(RoadNetwork.class, Scenario.class, OsmLayers.class, HazardKind.class, SiteCache.class)) {
                hashCodeSource(sha, anchor, seen);
            }
            v = HexFormat.of().formatHex(sha.digest());
            codeVersion = v;
        }
        return v;
    }

    private static void hashCodeSource(MessageDigest sha, Class<?> anchor, Set<String> seen) {
        Path where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            update(sha, "unknown code source of " + anchor.getName());
            return;
        }
        if (!seen.add(where.toString())) {
            return;
        }
        try {
            if (Files.isDirectory(where)) {
                List<Path> classes;
                try (Stream<Path> s = Files.walk(where)) {
                    classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path p : classes) {
                    String rel = where.relativize(p).toString().replace('\\', '/');
                    if (inCodePackages(rel)) {
                        update(sha, rel);
                        sha.update(Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    jar.stream().filter(e -> e.getName().endsWith(".class") && inCodePackages(e.getName())).forEach(entries::add);
                    entries.sort(Comparator.comparing(JarEntry::getName));
                    for (JarEntry e : entries) {
                        // the CRC and size in the jar's directory identify the bytes without inflating them
                        update(sha, e.getName() + " " + e.getCrc() + " " + e.getSize());
                    }
                }
            }
        } catch (IOException e) {
            update(sha, "unreadable code source " + where + " " + System.nanoTime());  // never matches: no stale reuse
        }
    }

    private static boolean inCodePackages(String classFile) {
        for (String p : CODE_PACKAGES) {
            if (classFile.startsWith(p)) {
                return !p.equals(TOP_LEVEL_ONLY) || classFile.indexOf('/', p.length()) < 0;
            }
        }
        return false;
    }

    private static void fileBytes(MessageDigest sha, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

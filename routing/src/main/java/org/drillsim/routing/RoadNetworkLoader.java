package org.drillsim.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Loads the road network of an OSM extract, from the disk cache when the extract is unchanged,
 * else through {@link OsmImporter} (then caches it). The cache file name carries a SHA-256 of the
 * extract's bytes and the importer's settings, so a changed source is re-imported. The file is a
 * {@link CacheFile}: checked on every read, rebuilt with a notice when damaged, written atomically.
 *
 * <p>Cache directory: {@code $DRILLSIM_CACHE}, else system property {@code drillsim.cache}, else
 * {@code ~/.cache/drillsim}.
 */
public final class RoadNetworkLoader {
    /** Changes whenever the import (profile, conversion) changes, so old caches are not reused. */
    private static final String IMPORT_SETTINGS = "gh11-car-di0-zh-lscc-ghroad-v" + NetworkCache.FORMAT_VERSION;

    private final Path cacheDir;
    private final Consumer<String> notices;
    private boolean lastFromCache;

    /** A loader caching in {@code cacheDir}; {@code null} disables caching. Cache notices go to stderr. */
    public RoadNetworkLoader(Path cacheDir) {
        this(cacheDir, System.err::println);
    }

    /** A loader caching in {@code cacheDir} ({@code null}: no caching), telling {@code notices} why it rebuilds a cache. */
    public RoadNetworkLoader(Path cacheDir, Consumer<String> notices) {
        this.cacheDir = cacheDir;
        this.notices = notices;
    }

    /** Loads {@code osmFile} with the {@linkplain #defaultCacheDir() default cache}. */
    public static RoadNetwork load(Path osmFile) {
        return new RoadNetworkLoader(defaultCacheDir()).loadNetwork(osmFile);
    }

    /** {@code $DRILLSIM_CACHE}, else {@code -Ddrillsim.cache}, else {@code ~/.cache/drillsim}. */
    public static Path defaultCacheDir() {
        String env = System.getenv("DRILLSIM_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("drillsim.cache");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return Path.of(System.getProperty("user.home"), ".cache", "drillsim");
    }

    /** Did the last {@link #loadNetwork(Path)} come from the cache? */
    public boolean lastLoadFromCache() {
        return lastFromCache;
    }

    /** Loads the network of {@code osmFile}; see the class comment. */
    public RoadNetwork loadNetwork(Path osmFile) {
        if (!Files.isRegularFile(osmFile)) throw new MapImportException("地图文件不存在 / map file not found: " + osmFile);
        lastFromCache = false;
        if (cacheDir == null) return OsmImporter.importNetwork(osmFile);
        String key = cacheKey(osmFile);
        Path file = cacheFile(osmFile, key);
        RoadNetwork cached = NetworkCache.read(file, key, notices);
        if (cached != null) {
            lastFromCache = true;
            return cached;
        }
        RoadNetwork net = OsmImporter.importNetwork(osmFile);
        NetworkCache.write(net, key, file, notices); // a read-only or full disk only costs the cache (with a notice)
        return net;
    }

    /** The cache file used for {@code osmFile} in this loader's directory (null when caching is off). */
    public Path cacheFileFor(Path osmFile) {
        return cacheDir == null ? null : cacheFile(osmFile, cacheKey(osmFile));
    }

    private Path cacheFile(Path osmFile, String key) {
        String base = osmFile.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return cacheDir.resolve(base + "-" + key.substring(0, 16) + ".rnet");
    }

    /** SHA-256 over the extract's bytes and the import settings, hex. */
    static String cacheKey(Path osmFile) {
        try (InputStream in = Files.newInputStream(osmFile)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(IMPORT_SETTINGS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) sha.update(buf, 0, r);
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read map file " + osmFile, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}

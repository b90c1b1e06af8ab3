package org.drillsim.geodata;

import org.drillsim.routing.RoadNetworkLoader;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Loads {@link OsmLayers} through a disk cache, because extraction takes seconds (Harbin: ~3 s) and
 * every command needs the layers. The cache file name carries a SHA-256 of the extract's bytes and
 * the extractor version, so a changed extract or extractor is never served stale. The file is written
 * to a temporary name and moved into place atomically; an unreadable cache file is ignored and rewritten.
 * The cache directory is the road network's ({@link RoadNetworkLoader#defaultCacheDir()}).
 */
public final class OsmLayerCache {
    /** Bump when the extraction rules or the layer records change. */
    static final String EXTRACTOR_VERSION = "osm-layers-1";

    private final Path cacheDir;
    private boolean lastFromCache;

    /** A cache in {@code cacheDir}; null disables caching. */
    public OsmLayerCache(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The layers of an extract, through the default cache directory. */
    public static OsmLayers load(Path osmFile) {
        return new OsmLayerCache(RoadNetworkLoader.defaultCacheDir()).layers(osmFile);
    }

    /** The layers of an extract: from the cache when present and readable, else extracted and cached. */
    public OsmLayers layers(Path osmFile) {
        lastFromCache = false;
        if (cacheDir == null) {
            return OsmExtractor.extract(osmFile);
        }
        if (!Files.isRegularFile(osmFile)) {
            throw new OsmExtractException("OSM file not found: " + osmFile);
        }
        Path cache = cacheFile(osmFile);
        if (Files.isRegularFile(cache)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(cache));
                 ObjectInputStream ois = new ObjectInputStream(in)) {
                OsmLayers l = (OsmLayers) ois.readObject();
                lastFromCache = true;
                return l;
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                // a truncated or outdated cache file: extract again and overwrite it
            }
        }
        OsmLayers layers = OsmExtractor.extract(osmFile);
        write(layers, cache);
        return layers;
    }

    /** Whether the last {@link #layers(Path)} came from the cache. */
    public boolean lastLoadFromCache() {
        return lastFromCache;
    }

    /** Cache file of an extract. */
    Path cacheFile(Path osmFile) {
        String base = osmFile.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cacheDir.resolve(base + "-" + key(osmFile).substring(0, 16) + ".layers");
    }

    private static String key(Path osmFile) {
        try (InputStream in = Files.newInputStream(osmFile)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(EXTRACTOR_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new OsmExtractException("cannot read OSM file " + osmFile + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private static void write(OsmLayers layers, Path cache) {
        Path tmp = null;
        try {
            Files.createDirectories(cache.getParent());
            tmp = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp));
                 ObjectOutputStream oos = new ObjectOutputStream(out)) {
                oos.writeObject(layers);
            }
            Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // caching is an optimisation: a read-only or full disk must not stop the run
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}

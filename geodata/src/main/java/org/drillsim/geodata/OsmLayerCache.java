package org.drillsim.geodata;

import org.drillsim.routing.CacheFile;
import org.drillsim.routing.RoadNetworkLoader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads {@link OsmLayers} through a disk cache, because extraction takes seconds (Harbin: ~3 s) and
 * every command needs the layers. The cache file name and key carry a SHA-256 of the extract's bytes and
 * the extractor version, so a changed extract or extractor is never served stale. The file is a
 * {@link CacheFile} (kind {@code osm-layers}, polygons as WKB): checked on every read, rebuilt with a notice
 * when damaged, written atomically. The cache directory is the road network's
 * ({@link RoadNetworkLoader#defaultCacheDir()}).
 */
public final class OsmLayerCache {
    /** Bump when the extraction rules change. */
    static final String EXTRACTOR_VERSION = "osm-layers-2";
    /** Bump when the file layout below changes. */
    static final int FORMAT = 3;
    static final String KIND = "osm-layers";

    private final Path cacheDir;
    private final Consumer<String> notices;
    private boolean lastFromCache;

    /** A cache in {@code cacheDir}; null disables caching. Notices go to stderr. */
    public OsmLayerCache(Path cacheDir) {
        this(cacheDir, System.err::println);
    }

    /** A cache in {@code cacheDir} (null: none), telling {@code notices} why it rebuilds an entry. */
    public OsmLayerCache(Path cacheDir, Consumer<String> notices) {
        this.cacheDir = cacheDir;
        this.notices = notices;
    }

    /** The layers of an extract, through the default cache directory. */
    public static OsmLayers load(Path osmFile) {
        return new OsmLayerCache(RoadNetworkLoader.defaultCacheDir()).layers(osmFile);
    }

    /** The layers of an extract: from the cache when present and sound, else extracted and cached. */
    public OsmLayers layers(Path osmFile) {
        lastFromCache = false;
        if (cacheDir == null) {
            return OsmExtractor.extract(osmFile);
        }
        if (!Files.isRegularFile(osmFile)) {
            throw new OsmExtractException("OSM file not found: " + osmFile);
        }
        String key = key(osmFile);
        Path cache = cacheFile(osmFile, key);
        OsmLayers cached = CacheFile.read(cache, KIND, FORMAT, key, OsmLayerCache::decode, notices);
        if (cached != null) {
            lastFromCache = true;
            return cached;
        }
        OsmLayers layers = OsmExtractor.extract(osmFile);
        CacheFile.write(cache, KIND, FORMAT, key, true, out -> encode(layers, out), notices);
        return layers;
    }

    /** Whether the last {@link #layers(Path)} came from the cache. */
    public boolean lastLoadFromCache() {
        return lastFromCache;
    }

    /** Cache file of an extract. */
    Path cacheFile(Path osmFile) {
        return cacheFile(osmFile, key(osmFile));
    }

    private Path cacheFile(Path osmFile, String key) {
        String base = osmFile.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cacheDir.resolve(base + "-" + key.substring(0, 16) + ".layers");
    }

    static String key(Path osmFile) {
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

    // ------------------------------------------------------------------ file layout

    static void encode(OsmLayers l, DataOutputStream out) throws IOException {
        out.writeUTF(l.source());
        for (List<OsmPoi> pois : List.of(l.hospitals(), l.fireStations(), l.police())) {
            out.writeInt(pois.size());
            for (OsmPoi p : pois) {
                out.writeLong(p.osmId());
                out.writeUTF(p.name());
                out.writeDouble(p.lat());
                out.writeDouble(p.lon());
            }
        }
        WKBWriter wkb = new WKBWriter(2);
        for (List<OsmArea> areas : List.of(l.shelterCandidates(), l.industrial(), l.fuel(), l.water(), l.residential(),
                l.districts())) {
            out.writeInt(areas.size());
            for (OsmArea a : areas) {
                out.writeLong(a.osmId());
                out.writeUTF(a.name());
                out.writeUTF(a.kind());
                out.writeDouble(a.areaM2());
                byte[] g = wkb.write(a.polygon());
                out.writeInt(g.length);
                out.write(g);
            }
        }
        out.writeInt(l.buildings().size());
        for (OsmBuilding b : l.buildings()) {
            out.writeDouble(b.lat());
            out.writeDouble(b.lon());
            out.writeDouble(b.footprintM2());
            out.writeInt(b.levels());
            out.writeUTF(b.type());
        }
    }

    static OsmLayers decode(CacheFile.In in) throws IOException {
        String source = in.readUTF();
        List<List<OsmPoi>> pois = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int n = in.count(8 + 2 + 16);
            List<OsmPoi> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(new OsmPoi(in.readLong(), in.readUTF(), in.readDouble(), in.readDouble()));
            }
            pois.add(list);
        }
        WKBReader wkb = new WKBReader(new GeometryFactory());
        List<List<OsmArea>> areas = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            int n = in.count(8 + 2 + 2 + 8 + 4);
            List<OsmArea> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long id = in.readLong();
                String name = in.readUTF();
                String kind = in.readUTF();
                double area = in.readDouble();
                Geometry g;
                try {
                    g = wkb.read(in.readBytes());
                } catch (ParseException e) {
                    throw new CacheFile.DamagedException("polygon " + id + ": " + e.getMessage());
                }
                list.add(new OsmArea(id, name, kind, g, area));
            }
            areas.add(list);
        }
        int nb = in.count(8 * 3 + 4 + 2);
        List<OsmBuilding> buildings = new ArrayList<>(nb);
        for (int i = 0; i < nb; i++) {
            buildings.add(new OsmBuilding(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(), in.readUTF()));
        }
        return new OsmLayers(source, pois.get(0), pois.get(1), pois.get(2), areas.get(0), areas.get(1), areas.get(2),
                areas.get(3), areas.get(4), buildings, areas.get(5));
    }
}

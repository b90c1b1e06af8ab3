package org.drillsim.routing;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link CacheFile} entry of a {@link RoadNetwork} (kind {@code network}). Districts are not stored (OSM
 * imports have none).
 */
final class NetworkCache {
    static final String KIND = "network";
    static final int FORMAT_VERSION = 2;

    private NetworkCache() {
    }

    /** Writes {@code net} tagged with {@code key} (the source hash) atomically to {@code file}; false when it cannot. */
    static boolean write(RoadNetwork net, String key, Path file, Consumer<String> notices) {
        return CacheFile.write(file, KIND, FORMAT_VERSION, key, false, out -> encode(net, out), notices);
    }

    /** The network in {@code file}, or null (with a notice when the file exists but is unusable). */
    static RoadNetwork read(Path file, String key, Consumer<String> notices) {
        return CacheFile.read(file, KIND, FORMAT_VERSION, key, NetworkCache::decode, notices);
    }

    private static void encode(RoadNetwork net, DataOutputStream out) throws IOException {
        out.writeUTF(net.source);
        int n = net.nodeCount();
        int m = net.edgeCount();
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeDouble(net.lat[i]);
            out.writeDouble(net.lon[i]);
        }
        for (int i = 0; i <= n; i++) out.writeInt(net.outStart[i]);
        out.writeInt(m);
        for (int e = 0; e < m; e++) {
            out.writeInt(net.edgeFrom[e]);
            out.writeInt(net.edgeTo[e]);
            out.writeInt(net.edgeTimeMs[e]);
            out.writeDouble(net.edgeLength[e]);
            out.writeByte(net.edgeClass[e]);
            out.writeByte(net.edgeFlags[e]);
            out.writeInt(net.edgeName[e]);
            out.writeInt(net.edgeRoad[e]);
            out.writeInt(net.geomStart[e]);
        }
        out.writeInt(net.geomStart[m]);
        out.writeInt(net.geomLat.length);
        for (int i = 0; i < net.geomLat.length; i++) {
            out.writeDouble(net.geomLat[i]);
            out.writeDouble(net.geomLon[i]);
        }
        out.writeInt(net.names.length);
        for (String s : net.names) out.writeUTF(s);
    }

    private static RoadNetwork decode(CacheFile.In in) throws IOException {
        String source = in.readUTF();
        int n = in.count(16 + 4);
        double[] lat = new double[n], lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = in.readDouble();
            lon[i] = in.readDouble();
        }
        int[] outStart = new int[n + 1];
        for (int i = 0; i <= n; i++) outStart[i] = in.readInt();
        int m = in.count(38);
        int[] from = new int[m], to = new int[m], time = new int[m], name = new int[m], road = new int[m], geomStart = new int[m + 1];
        double[] length = new double[m];
        byte[] cls = new byte[m], flags = new byte[m];
        for (int e = 0; e < m; e++) {
            from[e] = in.readInt();
            to[e] = in.readInt();
            time[e] = in.readInt();
            length[e] = in.readDouble();
            cls[e] = in.readByte();
            flags[e] = in.readByte();
            name[e] = in.readInt();
            road[e] = in.readInt();
            geomStart[e] = in.readInt();
            // the checksum proves we wrote it; the ranges keep an entry of a buggy build from crashing the run
            if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) throw new CacheFile.DamagedException("edge " + e + " ends off the network");
        }
        geomStart[m] = in.readInt();
        int g = in.count(16);
        double[] gLat = new double[g], gLon = new double[g];
        for (int i = 0; i < g; i++) {
            gLat[i] = in.readDouble();
            gLon[i] = in.readDouble();
        }
        int names = in.count(2);
        if (names < 1) throw new CacheFile.DamagedException("no name table");
        String[] nameTable = new String[names];
        for (int i = 0; i < names; i++) nameTable[i] = in.readUTF();
        for (int e = 0; e < m; e++) {
            if (name[e] < 0 || name[e] >= names || geomStart[e] < 0 || geomStart[e] > geomStart[e + 1])
                throw new CacheFile.DamagedException("edge " + e + " has a bad name or geometry index");
        }
        if (geomStart[m] > g || outStart[0] != 0 || outStart[n] != m) throw new CacheFile.DamagedException("bad index arrays");
        return new RoadNetwork(source, lat, lon, outStart, from, to, time, length, cls, flags, name, road, geomStart, gLat, gLon, nameTable, List.of());
    }
}

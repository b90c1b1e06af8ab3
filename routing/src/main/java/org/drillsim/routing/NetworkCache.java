package org.drillsim.routing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Binary cache file of a {@link RoadNetwork}. Written to a temporary file in the same directory, forced
 * to disk, then moved into place with {@code ATOMIC_MOVE}, so a crash never leaves a half cache; a CRC32
 * at the end catches damaged files on read. Districts are not stored (OSM imports have none).
 */
final class NetworkCache {
    private static final int MAGIC = 0x4453524E; // "DSRN"
    static final int FORMAT_VERSION = 1;

    private NetworkCache() {
    }

    /** Writes {@code net} tagged with {@code key} (the source hash) atomically to {@code file}. */
    static void write(RoadNetwork net, String key, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            CRC32 crc = new CRC32();
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = java.nio.channels.Channels.newOutputStream(ch);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
                out.writeInt(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeUTF(key);
                out.writeUTF(net.source);
                int n = net.nodeCount();
                int m = net.edgeCount();
                out.writeInt(n);
                out.writeInt(m);
                out.writeInt(net.geomLat.length);
                out.writeInt(net.names.length);
                for (int i = 0; i < n; i++) {
                    out.writeDouble(net.lat[i]);
                    out.writeDouble(net.lon[i]);
                }
                for (int i = 0; i <= n; i++) out.writeInt(net.outStart[i]);
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
                for (int i = 0; i < net.geomLat.length; i++) {
                    out.writeDouble(net.geomLat[i]);
                    out.writeDouble(net.geomLon[i]);
                }
                for (String s : net.names) out.writeUTF(s);
                out.flush();
                long sum = crc.getValue();
                out.writeLong(sum);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a cache file; returns null when it belongs to another key or format version.
     *
     * @throws IOException when the file is damaged (bad magic, truncated, wrong checksum)
     */
    static RoadNetwork read(Path file, String key) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream raw = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc));
            if (in.readInt() != MAGIC) throw new IOException("not a DrillSim network cache: " + file);
            if (in.readInt() != FORMAT_VERSION) return null;
            if (!in.readUTF().equals(key)) return null;
            String source = in.readUTF();
            int n = in.readInt();
            int m = in.readInt();
            int g = in.readInt();
            int names = in.readInt();
            if (n < 0 || m < 0 || g < 0 || names < 1) throw new IOException("damaged network cache header: " + file);
            double[] lat = new double[n], lon = new double[n];
            for (int i = 0; i < n; i++) {
                lat[i] = in.readDouble();
                lon[i] = in.readDouble();
            }
            int[] outStart = new int[n + 1];
            for (int i = 0; i <= n; i++) outStart[i] = in.readInt();
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
            }
            geomStart[m] = in.readInt();
            double[] gLat = new double[g], gLon = new double[g];
            for (int i = 0; i < g; i++) {
                gLat[i] = in.readDouble();
                gLon[i] = in.readDouble();
            }
            String[] nameTable = new String[names];
            for (int i = 0; i < names; i++) nameTable[i] = in.readUTF();
            long expected = crc.getValue();
            long stored = in.readLong();
            if (stored != expected) throw new IOException("network cache checksum mismatch: " + file);
            return new RoadNetwork(source, lat, lon, outStart, from, to, time, length, cls, flags, name, road, geomStart, gLat, gLon, nameTable, List.of());
        } catch (EOFException e) {
            throw new IOException("truncated network cache: " + file, e);
        }
    }
}

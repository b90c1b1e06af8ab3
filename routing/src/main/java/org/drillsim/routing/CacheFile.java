package org.drillsim.routing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The one container of every disk cache (road network, OSM layers, scenario sites): a cache is an optimisation,
 * so nothing in it is trusted before it is checked. Layout:
 * <pre>
 *   "DSCACHE\n"  kind (UTF)  version (int)  key (UTF)  deflated (byte)  rawLength (long)  storedLength (long)
 *   payload (storedLength bytes)  CRC32C of everything before it (int)
 * </pre>
 * A missing file is a quiet miss; a truncated, damaged, foreign, other-version or other-key file, or a payload
 * the decoder rejects, is a miss with one notice line (zh / en), so the caller rebuilds instead of using bad
 * data or crashing. The decoder reads through {@link In}, which bounds every count by the bytes left before
 * anything is allocated. Writes go to a temporary file in the same folder, are forced to disk and renamed into
 * place; a folder that cannot be written leaves the data in memory, with a notice.
 */
public final class CacheFile {
    private static final byte[] MAGIC = "DSCACHE\n".getBytes(StandardCharsets.US_ASCII);
    /** No cache file is ever read or inflated beyond this (the Harbin site cache is ~10 MB). */
    static final long MAX_BYTES = 1L << 30;

    private CacheFile() {
    }

    /** Writes the payload of a cache entry. */
    @FunctionalInterface
    public interface Encoder {
        void encode(DataOutputStream out) throws IOException;
    }

    /** Reads the payload of a cache entry; any exception it throws rejects the entry. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(In in) throws IOException;
    }

    /** A payload that does not hold what its header or counts promise. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        public DamagedException(String what) {
            super(what);
        }
    }

    /**
     * The decoded entry of {@code file}, or null (with a notice unless the file is simply absent) when it is not
     * a sound {@code kind} entry of this {@code version} and {@code key}.
     */
    public static <T> T read(Path file, String kind, int version, String key, Decoder<T> decoder, Consumer<String> notices) {
        if (!Files.isRegularFile(file)) return null;
        String[] why;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                why = new String[]{"文件过大（" + size + " 字节）", "too large (" + size + " bytes)"};
            } else {
                ByteBuffer payload = verify(Files.readAllBytes(file), kind, version, key);
                T value = decoder.decode(new In(payload));
                if (payload.hasRemaining()) throw new DamagedException(payload.remaining() + " bytes left after the entry");
                return value;
            }
        } catch (Rejected r) {
            why = new String[]{r.zh, r.en};
        } catch (IOException | RuntimeException e) {
            why = new String[]{"内容无法解读", "unreadable payload: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().replaceAll("\\s+", " "))};
        }
        notices.accept("drillsim: 缓存 " + file.getFileName() + " " + why[0] + "，重新生成 / cache " + file.getFileName()
                + " " + why[1] + ": rebuilding");
        return null;
    }

    /**
     * Writes an entry atomically. Returns false, after a notice, when the folder cannot be written (read-only,
     * full, a file in the way): the caller keeps the data it built in memory.
     */
    public static boolean write(Path file, String kind, int version, String key, boolean deflate, Encoder encoder,
                                Consumer<String> notices) {
        byte[] bytes;
        try {
            bytes = encode(kind, version, key, deflate, encoder);
        } catch (IOException e) {
            throw new IllegalStateException("cache entry " + file.getFileName() + " cannot be encoded: " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            notices.accept("drillsim: 缓存目录不可写，本次只在内存中生成 / cache folder not writable, built in memory only: "
                    + dir + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")");
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the folder went away or became read-only meanwhile: nothing more to do
                }
            }
        }
    }

    static byte[] encode(String kind, int version, String key, boolean deflate, Encoder encoder) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(raw)) {
            encoder.encode(out);
        }
        byte[] payload = raw.toByteArray();
        byte[] stored = deflate ? deflate(payload) : payload;
        ByteArrayOutputStream file = new ByteArrayOutputStream(stored.length + 256);
        DataOutputStream out = new DataOutputStream(file);
        out.write(MAGIC);
        out.writeUTF(kind);
        out.writeInt(version);
        out.writeUTF(key);
        out.writeByte(deflate ? 1 : 0);
        out.writeLong(payload.length);
        out.writeLong(stored.length);
        out.write(stored);
        CRC32C crc = new CRC32C();
        crc.update(file.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        return file.toByteArray();
    }

    /** The payload of a cache file, inflated; throws {@link Rejected} naming what is wrong. */
    private static ByteBuffer verify(byte[] bytes, String kind, int version, String key) throws Rejected {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int storedLen;
        long rawLen;
        boolean deflated;
        int fileVersion;
        String fileKind;
        String fileKey;
        try {
            int head = Math.min(bytes.length, MAGIC.length);
            if (!Arrays.equals(bytes, 0, head, MAGIC, 0, head))
                throw new Rejected("不是本程序的缓存格式", "is not in this DrillSim's cache format");
            if (bytes.length < MAGIC.length) throw new BufferUnderflowException();
            b.position(MAGIC.length);
            fileKind = utf(b);
            fileVersion = b.getInt();
            fileKey = utf(b);
            deflated = b.get() != 0;
            rawLen = b.getLong();
            long stored = b.getLong();
            if (stored < 0 || rawLen < 0 || rawLen > MAX_BYTES || stored > MAX_BYTES)
                throw new Rejected("头部已损坏", "has a damaged header");
            if (stored + 4 > b.remaining())
                throw new Rejected("被截断（" + bytes.length + " 字节）", "is truncated (" + bytes.length + " bytes)");
            if (stored + 4 < b.remaining())
                throw new Rejected("尾部有多余数据", "has bytes after its end");
            storedLen = (int) stored;
        } catch (BufferUnderflowException e) {
            throw new Rejected("被截断（" + bytes.length + " 字节）", "is truncated (" + bytes.length + " bytes)");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt())
            throw new Rejected("校验和不符（已损坏）", "fails its checksum (damaged)");
        if (!fileKind.equals(kind))
            throw new Rejected("是 " + fileKind + " 缓存而非 " + kind, "is a " + fileKind + " cache, not " + kind);
        if (fileVersion != version)
            throw new Rejected("格式版本 " + fileVersion + " 与本程序的 " + version + " 不同",
                    "has format version " + fileVersion + ", this DrillSim uses " + version);
        if (!fileKey.equals(key)) throw new Rejected("属于其他输入", "was built from other input");
        int start = b.position();
        if (!deflated) {
            if (rawLen != storedLen) throw new Rejected("长度不符", "has inconsistent lengths");
            return ByteBuffer.wrap(bytes, start, storedLen).slice();
        }
        // deflate cannot expand by more than ~1032:1: a larger claim is damage, not data
        if (rawLen > (long) storedLen * 1032 + 64 || rawLen > Integer.MAX_VALUE - 16)
            throw new Rejected("长度不符", "has inconsistent lengths");
        byte[] out = new byte[(int) rawLen];
        Inflater inf = new Inflater();
        try {
            inf.setInput(bytes, start, storedLen);
            int n = 0;
            while (n < out.length && !inf.finished()) {
                int r = inf.inflate(out, n, out.length - n);
                if (r == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                n += r;
            }
            if (n != out.length || !inf.finished()) throw new Rejected("长度不符", "has inconsistent lengths");
        } catch (DataFormatException e) {
            throw new Rejected("无法解压", "cannot be inflated");
        } finally {
            inf.end();
        }
        return ByteBuffer.wrap(out);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buf = new byte[1 << 16];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static String utf(ByteBuffer b) throws Rejected {
        int len = Short.toUnsignedInt(b.getShort());
        if (len > b.remaining()) throw new BufferUnderflowException();
        byte[] s = new byte[len];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    /** Why an entry is not used, zh and en. */
    private static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final String zh;
        final String en;

        Rejected(String zh, String en) {
            super(en, null, false, false);
            this.zh = zh;
            this.en = en;
        }
    }

    /**
     * A verified payload, read like a {@link java.io.DataInputStream} (strings as written by {@code writeUTF}),
     * with {@link #count} bounding every array or list size by the bytes that are left.
     */
    public static final class In {
        private final ByteBuffer b;

        In(ByteBuffer b) {
            this.b = b;
        }

        public int readInt() throws IOException {
            need(4);
            return b.getInt();
        }

        public long readLong() throws IOException {
            need(8);
            return b.getLong();
        }

        public double readDouble() throws IOException {
            need(8);
            return b.getDouble();
        }

        public float readFloat() throws IOException {
            need(4);
            return b.getFloat();
        }

        public byte readByte() throws IOException {
            need(1);
            return b.get();
        }

        public boolean readBoolean() throws IOException {
            return readByte() != 0;
        }

        /** A string written by {@link DataOutputStream#writeUTF} (modified UTF-8, as Java writes it). */
        public String readUTF() throws IOException {
            need(2);
            int len = Short.toUnsignedInt(b.getShort());
            need(len);
            byte[] raw = new byte[len + 2];
            raw[0] = (byte) (len >>> 8);
            raw[1] = (byte) len;
            b.get(raw, 2, len);
            return new java.io.DataInputStream(new java.io.ByteArrayInputStream(raw)).readUTF();
        }

        /** A byte array written as its length then its bytes. */
        public byte[] readBytes() throws IOException {
            byte[] a = new byte[count(1)];
            b.get(a);
            return a;
        }

        /** A count of items of at least {@code minBytesEach} bytes each: never more than the bytes left allow. */
        public int count(int minBytesEach) throws IOException {
            int n = readInt();
            if (n < 0 || (long) n * minBytesEach > b.remaining())
                throw new DamagedException("count " + n + " exceeds the " + b.remaining() + " bytes left");
            return n;
        }

        /** An enum constant written as its ordinal byte. */
        public <E extends Enum<E>> E readEnum(E[] values) throws IOException {
            int i = readByte();
            if (i < 0 || i >= values.length) throw new DamagedException("enum ordinal " + i + " out of range");
            return values[i];
        }

        private void need(int n) throws DamagedException {
            if (b.remaining() < n) throw new DamagedException("entry ends early");
        }
    }
}

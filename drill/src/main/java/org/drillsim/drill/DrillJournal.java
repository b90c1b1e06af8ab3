package org.drillsim.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The joint drill's journal: one JSON object a line, the header first, then every applied command, every controller
 * inject and clock marks, each appended and forced to disk before the seat is told. A restart re-simulates the seed
 * and applies the entries at their times in file order (see {@link DrillEngine#replay}). A torn last line (the server
 * killed mid-write) is dropped on reading; any other bad line is an error naming the file and line.
 */
public final class DrillJournal implements AutoCloseable {
    /** Format id in the header. */
    public static final String FORMAT = "drillsim-joint-drill/1";

    /** First line. */
    public record Header(String format, String scenario, String scenarioId, long seed, List<String> seats) {
    }

    /**
     * One entry: {@code k} is {@code cmd} (seat, name, seatSeq, command), {@code inject} (to, channel, text, expect)
     * or {@code clock}; {@code t} is the simulated time, ms.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String k, long t, String seat, String name, Long seatSeq, JsonNode command, String to,
                        Channel channel, String text, List<ExpectedAction> expect) {
        static Entry cmd(long t, String seat, String name, long seatSeq, JsonNode command) {
            return new Entry("cmd", t, seat, name, seatSeq, command, null, null, null, null);
        }

        static Entry inject(long t, String to, Channel channel, String text, List<ExpectedAction> expect) {
            return new Entry("inject", t, null, null, null, null, to, channel, text, expect);
        }

        static Entry clock(long t) {
            return new Entry("clock", t, null, null, null, null, null, null, null, null);
        }
    }

    /** What a journal holds. */
    public record Contents(Header header, List<Entry> entries, boolean tornTailDropped) {
    }

    private final Path file;
    private final FileChannel out;

    private DrillJournal(Path file, FileChannel out) {
        this.file = file;
        this.out = out;
    }

    /** Creates a new journal with its header (the file must not exist). */
    public static DrillJournal create(Path file, Header header) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            DrillJournal j = new DrillJournal(file, ch);
            j.write(header);
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot create the drill journal / 无法创建推演记录: " + e.getMessage(), e);
        }
    }

    /** Opens an existing journal to append to, after cutting a torn last line. */
    public static DrillJournal append(Path file) {
        read(file); // every whole line must parse before anything is appended
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            long keep = validLength(file);
            ch.truncate(keep);
            ch.position(keep);
            return new DrillJournal(file, ch);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a journal. */
    public static Contents read(Path file) {
        List<String> lines;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean torn = !text.isEmpty() && !text.endsWith("\n");
        lines = new ArrayList<>(text.lines().toList());
        if (torn) lines.remove(lines.size() - 1);
        if (lines.isEmpty()) throw new IllegalArgumentException(file + ":1: empty drill journal / 推演记录为空");
        ObjectMapper m = Wire.mapper();
        try {
            Header h = m.readValue(lines.get(0), Header.class);
            if (!FORMAT.equals(h.format())) throw new IllegalArgumentException(file + ":1: not a joint-drill journal / 不是联合推演记录 (format " + h.format() + ")");
            List<Entry> entries = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                try {
                    entries.add(m.readValue(lines.get(i), Entry.class));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad entry / 记录行损坏: " + e.getMessage().lines().findFirst().orElse(""), e);
                }
            }
            return new Contents(h, entries, torn);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ":1: bad header / 记录头损坏: " + e.getMessage(), e);
        }
    }

    private static long validLength(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int end = b.length;
        while (end > 0 && b[end - 1] != '\n') end--;
        return end;
    }

    /** Appends one entry and forces it to disk. */
    public synchronized void add(Entry e) {
        write(e);
    }

    private void write(Object o) {
        try {
            byte[] line = (Wire.mapper().writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) out.write(buf);
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the drill journal / 无法写入推演记录: " + e.getMessage(), e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

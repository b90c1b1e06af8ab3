package org.drillsim.ui.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.drillsim.core.SimTime;
import org.drillsim.format.model.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drill journal: a JSON-lines file, a {@link JournalHeader} first, then one {@link JournalEntry} per
 * line, each appended and forced to disk (fsync) before the entry takes effect — so after a crash or a
 * {@code kill -9}, everything the trainees saw happen is in the file.
 *
 * <p>Nothing in it is trusted unchecked. Each line ends with {@code "sum"}: 16 hex digits of a SHA-256 over the
 * previous line's sum and this line, so a changed, duplicated, reordered or removed line (and a changed seed in
 * the header) breaks the chain at its line number. Times must not go backwards; {@link #checkAgainst} refuses
 * another or changed scenario, another seed and times after the scenario's end. The chain detects edits and
 * damage, not forgery (there is no secret key). A last line with a valid sum is kept with or without its
 * newline; a last line cut short by a crash is dropped, with {@link #tornTailNotice()}. Not thread-safe: the
 * simulation thread appends.
 */
public final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = CommandJson.mapper();
    private static final Pattern SUM = Pattern.compile(",\"sum\":\"([0-9a-f]{16})\"}$");

    private final Path file;
    private final Contents contents;
    private final FileChannel channel;
    private final List<JournalEntry> entries;
    private String lastSum;

    /**
     * What a journal file holds, checked line by line.
     *
     * @param lines     the 1-based line number of each entry
     * @param tornLine  the line number of a last line cut short by a crash (not in {@code entries}), or 0
     */
    public record Contents(Path file, JournalHeader header, List<JournalEntry> entries, List<Integer> lines,
                           int tornLine, long completeBytes, boolean lastNewlineMissing, String lastSum) {
    }

    private Journal(Path file, Contents contents, FileChannel channel) {
        this.file = file;
        this.contents = contents;
        this.channel = channel;
        this.entries = new ArrayList<>(contents.entries());
        this.lastSum = contents.lastSum();
    }

    /** Creates a new journal with {@code header}; the file must not exist yet. */
    public static Journal create(Path file, JournalHeader header) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            Journal j = new Journal(file, new Contents(file, header, List.of(), List.of(), 0, 0, false, ""), ch);
            j.writeLine(JSON.writeValueAsString(header));
            syncDirectory(dir);
            return j;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("journal " + file + " already exists; reopen it to resume / 推演记录已存在，请用恢复方式打开", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks a journal without changing it: header, checksum chain, entry syntax, time order.
     *
     * @throws JournalException naming the file and line of the first fault, in one line (zh / en)
     */
    public static Contents read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JournalException(file, 0, "推演记录不存在 / no such journal");
        } catch (IOException e) {
            throw new JournalException(file, 0, "无法读取 / cannot be read: " + e.getMessage());
        }
        List<int[]> spans = new ArrayList<>(); // [start, end) of each line, without its newline
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                spans.add(new int[]{start, i});
                start = i + 1;
            }
        }
        boolean unterminated = start < bytes.length;
        if (unterminated) spans.add(new int[]{start, bytes.length});
        JournalHeader header = null;
        List<JournalEntry> entries = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String prevSum = "";
        long prevTime = 0;
        int prevLine = 0;
        int torn = 0;
        long complete = bytes.length;
        for (int k = 0; k < spans.size(); k++) {
            int n = k + 1;
            boolean last = k == spans.size() - 1;
            String line = new String(bytes, spans.get(k)[0], spans.get(k)[1] - spans.get(k)[0], StandardCharsets.UTF_8);
            if (line.isBlank()) continue;
            if (n == 1) checkFormat(file, line);
            Matcher m = SUM.matcher(line);
            if (!m.find()) {
                if (last && unterminated) { // a crash while writing it: it never took effect
                    torn = n;
                    complete = spans.get(k)[0];
                    break;
                }
                throw new JournalException(file, n, "行末校验缺失，记录被改动或已损坏 / line has no checksum: edited or damaged");
            }
            Integer earlier = seen.putIfAbsent(line, n);
            if (earlier != null)
                throw new JournalException(file, n, "与第 " + earlier + " 行重复 / duplicates line " + earlier);
            String body = line.substring(0, m.start()) + "}";
            if (!m.group(1).equals(sum(prevSum, body)))
                throw new JournalException(file, n, "校验不符，此行或其前的行被改动、删除或调换 / checksum mismatch: this line, or one before it, was changed, removed or moved");
            prevSum = m.group(1);
            if (n == 1) {
                try {
                    header = JSON.readValue(body, JournalHeader.class);
                } catch (JsonProcessingException e) {
                    throw new JournalException(file, 1, "不是推演记录头 / not a journal header: " + oneLine(e.getOriginalMessage()));
                }
                continue;
            }
            JournalEntry e;
            try {
                e = JSON.readValue(body, JournalEntry.class);
            } catch (JsonProcessingException x) {
                throw new JournalException(file, n, "不是推演记录条目 / not a journal entry: " + oneLine(x.getOriginalMessage()));
            }
            if (e.timeMs() < 0)
                throw new JournalException(file, n, "时间为负 / negative time " + e.timeMs() + " ms");
            if (e.timeMs() < prevTime)
                throw new JournalException(file, n, "时间顺序颠倒：" + SimTime.format(e.timeMs()) + " 早于第 " + prevLine + " 行的 "
                        + SimTime.format(prevTime) + " / out of order: " + SimTime.format(e.timeMs()) + " is before line "
                        + prevLine + "'s " + SimTime.format(prevTime));
            prevTime = e.timeMs();
            prevLine = n;
            entries.add(e);
            lineNumbers.add(n);
        }
        if (header == null) {
            throw new JournalException(file, 1, torn == 1 ? "记录头不完整 / the header line is incomplete"
                    : "没有记录头，记录为空 / no header line; the journal is empty");
        }
        return new Contents(file, header, List.copyOf(entries), List.copyOf(lineNumbers), torn, complete,
                unterminated && torn == 0, prevSum);
    }

    /**
     * Opens an existing journal for resuming: {@link #read} it, drop a line cut short by a crash (truncating the
     * file to the last complete line), end the last line with its newline if it lacks one, and append from there.
     */
    public static Journal open(Path file) {
        Contents c = read(file);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            if (c.tornLine() > 0) {
                ch.truncate(c.completeBytes());
            }
            ch.position(c.completeBytes());
            if (c.lastNewlineMissing()) {
                ByteBuffer nl = ByteBuffer.wrap(new byte[]{'\n'});
                while (nl.hasRemaining()) ch.write(nl);
            }
            ch.force(true);
            return new Journal(file, c, ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen journal " + file + " for appending: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses to resume this journal with scenario {@code s} (and {@code seed}, when one is given): another scenario,
     * a scenario changed since the drill began, another seed, or an entry after the scenario's end.
     */
    public static void checkAgainst(Contents c, Scenario s, Long seed) {
        JournalHeader h = c.header();
        if (!s.id().equals(h.scenarioId()))
            throw new JournalException(c.file(), 1, "记录属于情景 " + h.scenarioId() + "，而非 " + s.id()
                    + " / the journal is for scenario " + h.scenarioId() + ", not " + s.id());
        if (!JournalHeader.hashOf(s).equals(h.scenarioHash()))
            throw new JournalException(c.file(), 1, "情景 " + s.id() + " 在推演开始后被修改 / scenario " + s.id()
                    + " changed since the drill began (its hash differs)");
        if (seed != null && seed != h.seed())
            throw new JournalException(c.file(), 1, "种子 " + seed + " 与记录的种子 " + h.seed() + " 不符 / seed " + seed
                    + " differs from the journal's seed " + h.seed());
        for (int i = 0; i < c.entries().size(); i++) {
            long t = c.entries().get(i).timeMs();
            if (t > s.horizonMs())
                throw new JournalException(c.file(), c.lines().get(i), "时间 " + SimTime.format(t) + " 晚于情景结束 "
                        + SimTime.format(s.horizonMs()) + " / time " + SimTime.format(t) + " is after the scenario's end "
                        + SimTime.format(s.horizonMs()));
        }
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The header. */
    public JournalHeader header() {
        return contents.header();
    }

    /** Every entry read at open or appended since, in order. */
    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** The 1-based line of the {@code i}-th entry read at open. */
    public int lineOf(int i) {
        return contents.lines().get(i);
    }

    /** True when {@link #open} dropped a last line cut short by a crash. */
    public boolean tornTailDropped() {
        return contents.tornLine() > 0;
    }

    /** The one-line notice (zh / en) that {@link #open} dropped a torn last line, or null. */
    public String tornTailNotice() {
        int n = contents.tornLine();
        return n == 0 ? null : file + ":" + n + ": 最后一行不完整（写入时中断），已舍弃 / the last line was cut short by a crash and is dropped";
    }

    /** Appends an entry and forces it to disk before returning. */
    public void append(JournalEntry entry) {
        try {
            writeLine(JSON.writeValueAsString(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to journal " + file + ": " + e.getMessage(), e);
        }
        entries.add(entry);
    }

    /** The JSON of an entry, without its checksum (for tests and the review's decision table). */
    public static String toJson(JournalEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entry cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeLine(String json) throws IOException {
        String s = sum(lastSum, json);
        String line = json.substring(0, json.length() - 1) + ",\"sum\":\"" + s + "\"}\n";
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
        lastSum = s;
    }

    /** 16 hex digits of SHA-256(previous sum, newline, this line's JSON without its sum). */
    static String sum(String previous, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previous + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    /** Refuses a header of another format before its checksum is read (format 1 had none). */
    private static void checkFormat(Path file, String line) {
        JsonNode format;
        try {
            format = JSON.readTree(line).get("format");
        } catch (JsonProcessingException e) {
            throw new JournalException(file, 1, "不是推演记录头 / not a journal header: " + oneLine(e.getOriginalMessage()));
        }
        if (format == null || !format.isInt())
            throw new JournalException(file, 1, "不是推演记录头 / not a journal header: no format version");
        if (format.intValue() != JournalHeader.FORMAT)
            throw new JournalException(file, 1, "记录格式 " + format.intValue() + "，本程序读取格式 " + JournalHeader.FORMAT
                    + " / journal format " + format.intValue() + ", this DrillSim reads format " + JournalHeader.FORMAT);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    private static void syncDirectory(Path dir) {
        // Makes the new file's directory entry durable too (Linux allows fsync on a directory; elsewhere skip).
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported on this platform: the file's own fsync still covers its content
        }
    }
}

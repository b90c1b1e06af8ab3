package org.drillsim.ui.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.ArrayList;
import java.util.List;

/**
 * The drill journal: a JSON-lines file, a {@link JournalHeader} first, then one {@link JournalEntry} per
 * line, each appended and forced to disk (fsync) before the entry takes effect — so after a crash or a
 * {@code kill -9}, everything the trainees saw happen is in the file. A line cut short by the crash is
 * dropped when the journal is reopened (it never took effect). Not thread-safe: the simulation thread
 * appends.
 */
public final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = CommandJson.mapper();

    private final Path file;
    private final JournalHeader header;
    private final FileChannel channel;
    private final List<JournalEntry> entries;
    private final boolean tornTailDropped;

    private Journal(Path file, JournalHeader header, FileChannel channel, List<JournalEntry> entries, boolean tornTailDropped) {
        this.file = file;
        this.header = header;
        this.channel = channel;
        this.entries = entries;
        this.tornTailDropped = tornTailDropped;
    }

    /** Creates a new journal with {@code header}; the file must not exist yet. */
    public static Journal create(Path file, JournalHeader header) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            Journal j = new Journal(file, header, ch, new ArrayList<>(), false);
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
     * Opens an existing journal for resuming: reads the header and every complete entry, drops a line
     * cut short by a crash (truncating the file to the last complete line), and appends from there.
     *
     * @throws JournalException naming the file and line when a complete line is not a valid entry
     */
    public static Journal open(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JournalException(file, 0, "no such file / 文件不存在");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file + ": " + e.getMessage(), e);
        }
        int complete = lastNewline(bytes) + 1; // bytes [0, complete) are whole lines
        boolean torn = complete < bytes.length;
        String text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        int count = text.isEmpty() ? 0 : lines.length - 1; // the split leaves an empty string after the last \n
        if (count == 0) throw new JournalException(file, 1, "no header line; the journal is empty / 记录为空");
        JournalHeader header;
        try {
            header = JSON.readValue(lines[0], JournalHeader.class);
        } catch (JsonProcessingException e) {
            throw new JournalException(file, 1, "not a journal header: " + e.getOriginalMessage());
        }
        if (header.format() != JournalHeader.FORMAT)
            throw new JournalException(file, 1, "journal format " + header.format() + ", this DrillSim reads format " + JournalHeader.FORMAT);
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (lines[i].isBlank()) continue;
            try {
                entries.add(JSON.readValue(lines[i], JournalEntry.class));
            } catch (JsonProcessingException e) {
                throw new JournalException(file, i + 1, "not a journal entry: " + e.getOriginalMessage());
            }
        }
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            if (torn) {
                ch.truncate(complete);
                ch.force(true);
            }
            ch.position(complete);
            return new Journal(file, header, ch, entries, torn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen journal " + file + " for appending: " + e.getMessage(), e);
        }
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The header. */
    public JournalHeader header() {
        return header;
    }

    /** Every entry read at open or appended since, in order. */
    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** True when {@link #open} dropped a last line cut short by a crash. */
    public boolean tornTailDropped() {
        return tornTailDropped;
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

    /** The JSON line an entry is written as (for tests and the review's decision table). */
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
        ByteBuffer buf = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) if (bytes[i] == '\n') return i;
        return -1;
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

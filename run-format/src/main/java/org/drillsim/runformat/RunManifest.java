package org.drillsim.runformat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: the format version and every file of a run directory with its size and SHA-256, written
 * last, so a directory with a valid manifest is complete and unaltered. Each file is atomic on its own but the
 * directory is not: after kill -9 or a full disk, only the manifest tells a finished directory from a broken one.
 * Files added later (an exported report beside the run) are not listed and not checked.
 */
public final class RunManifest {
    /** The manifest's file name. */
    public static final String FILE = "manifest.json";
    /** Format version; a reader refuses any other. */
    public static final int FORMAT = 1;

    private RunManifest() {
    }

    /** One listed file: its path relative to the run directory ({@code /}-separated), size and SHA-256 (hex). */
    public record Entry(String path, long size, String sha256) {
    }

    /** Lists every regular file under {@code dir} (sorted, the manifest itself and temporary files left out). */
    public static List<Entry> entries(Path dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.equals(FILE) || rel.endsWith(".tmp") || rel.endsWith(".part")) {
                continue;
            }
            out.add(new Entry(rel, Files.size(p), sha256(p)));
        }
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    /** Writes {@code manifest.json} (atomically) over the files now in {@code dir}. */
    public static void write(Path dir) throws IOException {
        JsonOut j = new JsonOut().beginObject();
        j.field("format", (long) FORMAT);
        j.name("files").beginArray();
        for (Entry e : entries(dir)) {
            j.beginObject().field("path", e.path()).field("size", e.size()).field("sha256", e.sha256()).endObject();
        }
        j.endArray();
        OutputFiles.writeString(dir.resolve(FILE), j.endObject().toString());
    }

    /**
     * Checks that {@code dir} is a complete, unaltered run directory.
     *
     * @throws OutputRefusedException one zh/en line naming what is wrong: no manifest, a missing file, a size
     *                                or checksum that differs, an unreadable manifest
     */
    public static void verify(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException("运行目录不完整：缺少 " + FILE + "（写入被中断，或不是 DrillSim 写的）/ incomplete run directory: no "
                    + FILE + " (writing was interrupted, or DrillSim did not write it): " + dir);
        }
        JsonNode root;
        try {
            root = RunFiles.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw bad(dir, "无法解析 / cannot be parsed");
        }
        if (root == null || !root.path("format").canConvertToInt() || root.path("format").asInt() != FORMAT) {
            throw bad(dir, "格式版本不是 " + FORMAT + " / format version is not " + FORMAT);
        }
        JsonNode files = root.path("files");
        if (!files.isArray() || files.isEmpty()) {
            throw bad(dir, "没有文件列表 / lists no files");
        }
        for (JsonNode f : files) {
            String rel = f.path("path").asText("");
            if (!f.path("size").canConvertToLong() || f.path("sha256").asText("").length() != 64 || !safe(rel)) {
                throw bad(dir, "条目无效 / has an invalid entry " + quoted(rel));
            }
            Path p = dir.resolve(rel);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException("运行目录不完整：缺少文件 / incomplete run directory: missing file " + rel + " in " + dir);
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                throw altered(dir, rel, "不是普通文件", "is not a regular file");
            }
            long size = Files.size(p);
            if (size != f.path("size").asLong()) {
                throw altered(dir, rel, "大小 " + size + " 字节，清单记为 " + f.path("size").asLong(),
                        "is " + size + " bytes, the manifest says " + f.path("size").asLong());
            }
            if (!sha256(p).equalsIgnoreCase(f.path("sha256").asText())) {
                throw altered(dir, rel, "SHA-256 校验和与清单不符", "SHA-256 checksum differs from the manifest");
            }
        }
    }

    /** The path as a JSON string, so control characters in a hand-edited manifest are not printed raw. */
    private static String quoted(String rel) {
        StringBuilder sb = new StringBuilder();
        JsonText.quote(sb, rel);
        return sb.toString();
    }

    /** A relative path that stays inside the run directory. */
    private static boolean safe(String rel) {
        if (rel.isEmpty() || rel.startsWith("/") || rel.contains("\\") || rel.indexOf(':') >= 0) {
            return false;
        }
        for (String part : rel.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static OutputRefusedException bad(Path dir, String what) {
        return new OutputRefusedException("运行目录的 " + FILE + " 无效 / invalid " + FILE + ": " + what + ": " + dir);
    }

    private static OutputRefusedException altered(Path dir, String rel, String zh, String en) {
        return new OutputRefusedException("运行目录已被改动：" + rel + " " + zh + " / altered run directory: " + rel + " " + en + ": " + dir);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

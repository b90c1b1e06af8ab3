package org.drillsim.runformat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Writes output files so that a reader never sees half of one (into a temporary file, then renamed), and only
 * ever over a regular file: a device node, a directory, a pipe or a symbolic link to one of them at the output
 * path is refused, never replaced (run as root, replacing {@code /dev/sda} with a report would lose a disk).
 */
public final class OutputFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Refuses an output path where something other than a regular file (or a symbolic link to one) exists.
     *
     * @throws OutputRefusedException naming the path and what is there
     */
    public static void checkReplaceable(Path target) throws OutputRefusedException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(target)) {
            return;
        }
        String what;
        if (Files.isDirectory(target)) {
            what = "是目录 / is a directory";
        } else if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            what = "是断开的符号链接 / is a dangling symbolic link";
        } else {
            what = "不是普通文件（设备、管道或套接字）/ is not a regular file (a device, pipe or socket)";
        }
        throw new OutputRefusedException("拒绝覆盖 / refusing to replace " + target + ": " + what);
    }

    /**
     * Writes {@code target} atomically: a failure leaves any earlier file untouched and no temporary file behind.
     *
     * @throws OutputRefusedException when the target is not a regular file
     */
    public static void write(Path target, Content content) throws IOException {
        checkReplaceable(target);
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: it makes the file owner-only (0600), and a report is meant
        // to be shared; a file created the ordinary way gets the user's umask like any other.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            // checked again: something may have appeared at the path while the content was written
            checkReplaceable(abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a UTF-8 text atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * One zh/en line for a failure to write: disk full, no permission, read-only file system, or the system's
     * reason; the path when known. No Java class names.
     */
    public static String describe(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof IOException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof OutputRefusedException) {
            return t.getMessage();
        }
        if (t instanceof FileSystemException fse) {
            String file = fse.getFile() != null ? fse.getFile() : "";
            String reason = fse.getReason() == null ? "" : fse.getReason();
            String r = reason.toLowerCase(Locale.ROOT);
            if (fse instanceof AccessDeniedException || r.contains("permission denied")) {
                return "无法写入：没有权限 / cannot write: permission denied: " + file;
            }
            if (r.contains("no space left")) {
                return "无法写入：磁盘已满 / cannot write: disk full: " + file;
            }
            if (r.contains("read-only file system")) {
                return "无法写入：只读文件系统 / cannot write: read-only file system: " + file;
            }
            return "无法写入 / cannot write " + file + (reason.isEmpty() ? "" : ": " + reason);
        }
        String msg = t == null ? String.valueOf(failure) : t.getMessage();
        if (msg != null && msg.toLowerCase(Locale.ROOT).contains("no space left")) {
            return "无法写入：磁盘已满 / cannot write: disk full: " + msg;
        }
        return "无法写入 / cannot write: " + msg;
    }
}

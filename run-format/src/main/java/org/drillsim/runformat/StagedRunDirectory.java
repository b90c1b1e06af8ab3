package org.drillsim.runformat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run directory being written: the files go to {@code <name>.partial-<pid>} beside the final name, and
 * {@link #commit()} writes the manifest and renames the whole directory into place, so the final name holds
 * either nothing, the earlier directory, or the complete new one — never a mix of two runs. Closing without a
 * commit deletes the partial directory (a failed or interrupted run leaves nothing half-written under the
 * final name). Every file is flushed to disk before the manifest and the rename, so a power cut cannot leave a
 * renamed directory with empty files. After kill -9 the {@code .partial-<pid>} folder is left without a manifest
 * (readers refuse it); the next run to the same name removes the leftovers of processes that no longer run.
 */
public final class StagedRunDirectory implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final boolean force;
    private boolean committed;

    private StagedRunDirectory(Path target, Path partial, boolean force) {
        this.target = target;
        this.partial = partial;
        this.force = force;
    }

    /**
     * Starts a run directory for {@code out}.
     *
     * @param force replace an existing non-empty directory (whole, at commit)
     * @throws OutputRefusedException an empty path, a path that is not a directory, an existing non-empty
     *                                directory without {@code force}
     * @throws IOException            the partial directory cannot be created (permission, disk)
     */
    public static StagedRunDirectory open(Path out, boolean force) throws IOException {
        if (out == null || out.toString().isBlank()) {
            throw new OutputRefusedException("--out 不能为空 / --out must name a directory, got \"\"");
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.getFileName() == null || target.getParent() == null) {
            throw new OutputRefusedException("拒绝写入根目录 / refusing to write a run into the root directory: " + out);
        }
        checkTarget(out, target, force);
        Path partial = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        Files.createDirectories(target.getParent());
        deleteTree(partial); // left by an earlier process with the same id
        removeLeftovers(target);
        Files.createDirectory(partial);
        return new StagedRunDirectory(target, partial, force);
    }

    private static void checkTarget(Path out, Path target, boolean force) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw new OutputRefusedException("拒绝写入：--out 是符号链接 / refusing --out: it is a symbolic link: " + out);
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException("拒绝写入：--out 已存在且不是目录 / refusing --out: it exists and is not a directory: " + out);
        }
        if (!force && !isEmpty(target)) {
            throw new OutputRefusedException("拒绝写入：目录已存在且非空，加 --force 可整体替换 / refusing --out: the directory exists"
                    + " and is not empty (add --force to replace it whole): " + out);
        }
    }

    /** Where the files are written until {@link #commit()}. */
    public Path dir() {
        return partial;
    }

    /** The final name. */
    public Path target() {
        return target;
    }

    /**
     * Writes the manifest and moves the directory to its final name, replacing an earlier one when forced.
     *
     * @return the final directory
     */
    public Path commit() throws IOException {
        sync(partial);
        RunManifest.write(partial);
        sync(partial.resolve(RunManifest.FILE));
        checkTarget(target, target, force);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmpty(target)) {
            // rename cannot replace a non-empty directory: move the old one aside first, drop it after
            Path old = target.resolveSibling(target.getFileName() + ".old-" + ProcessHandle.current().pid());
            deleteTree(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            move(partial, target);
            committed = true;
            deleteTree(old);
        } else {
            try {
                move(partial, target);
            } catch (DirectoryNotEmptyException e) {
                throw new OutputRefusedException("拒绝写入：目录在运行中被写入 / refusing --out: the directory was filled while the run was"
                        + " playing: " + target);
            }
            committed = true;
        }
        syncDirectory(target.getParent());
        return target;
    }

    /** Flushes every file below {@code dir}, then the directories themselves, to the disk. */
    static void sync(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(root)) {
            paths = s.toList();
        }
        for (Path p : paths) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
                    c.force(true);
                }
            }
        }
        for (Path p : paths) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                syncDirectory(p);
            }
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // some systems cannot open a directory for syncing; the files themselves are on disk
        }
    }

    /** Removes {@code <name>.partial-<pid>} and {@code <name>.old-<pid>} folders whose process no longer runs. */
    static void removeLeftovers(Path target) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote(target.getFileName().toString()) + "\\.(partial|old)-(\\d+)");
        try (Stream<Path> s = Files.list(target.getParent())) {
            for (Path p : s.toList()) {
                Matcher m = leftover.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(m.group(2))).map(h -> !h.isAlive()).orElse(true)) {
                    deleteTree(p);
                }
            }
        } catch (NumberFormatException e) {
            // a pid too long for a long is no leftover of ours
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the partial directory unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(partial);
            } catch (IOException ignored) {
                // best effort: a leftover partial directory has no manifest, so no reader accepts it
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a directory tree without following symbolic links. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

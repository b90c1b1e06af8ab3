package org.drillsim.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saves what the trainer shows as PNG (screenshots for the after-action report and the tests). Call on the JavaFX thread. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Writes the whole scene to {@code file} (PNG), atomically. */
    public static Path save(Scene scene, Path file) {
        return write(scene.snapshot(null), file);
    }

    /** Writes one node to {@code file} (PNG), atomically. */
    public static Path save(Node node, Path file) {
        return write(node.snapshot(null, null), file);
    }

    private static Path write(WritableImage image, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".shot", ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
            return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + file + ": " + e.getMessage(), e);
        }
    }
}

package org.drillsim.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.drillsim.exporters.AtomicFiles;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

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
            // AtomicFiles, not Files.createTempFile: an exported screenshot is shared, so the umask applies.
            var png = SwingFXUtils.fromFXImage(image, null);
            AtomicFiles.write(file, out -> {
                if (!ImageIO.write(png, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            });
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + file + ": " + e.getMessage(), e);
        }
    }
}

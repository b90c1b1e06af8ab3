package org.drillsim.ui;

import javafx.application.Application;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Starts the trainer. This class does not extend {@link Application}, so the shaded command-line jar can
 * start JavaFX from the class path. The window opens at once with a splash that shows the loading steps while the
 * drill session (map, world, journal) is built on a background thread.
 */
public final class TrainerLauncher {
    /** What the window shows: the running drill, the interface language, who sits at the screen. */
    public record Launch(DrillSession session, Locale language, DrillRole role) {
        public Launch {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(role, "role");
        }
    }

    /** Builds the drill session, off the JavaFX thread, saying each step to {@code progress} (one line, zh / en). */
    @FunctionalInterface
    public interface Loader {
        DrillSession load(Consumer<String> progress) throws Exception;
    }

    /** A drill to load and then show: the interface language, who sits at the screen, how to build the session. */
    public record Loading(Locale language, DrillRole role, Loader loader) {
        public Loading {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(loader, "loader");
        }
    }

    /** The loader failed: the window closed and {@link #getCause()} says why. */
    public static final class LoadFailedException extends RuntimeException {
        LoadFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static volatile Loading pending;
    private static volatile Throwable loadFailure;

    private TrainerLauncher() {
    }

    /** Why the trainer cannot open a window here (no display), or null when it can. */
    public static String displayProblem() {
        boolean screen = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"))
                || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return screen ? null : "no display: the trainer needs a screen (set DISPLAY) / 没有显示器：推演界面需要图形显示（设置 DISPLAY）";
    }

    /** Opens the trainer window for {@code launch} and returns when the window is closed. */
    public static void run(Launch launch) {
        run(new Loading(launch.language(), launch.role(), progress -> launch.session()));
    }

    /**
     * Opens the trainer window with a splash, loads the drill with {@code loading}'s loader on a background thread,
     * then shows it; returns when the window is closed.
     *
     * @throws LoadFailedException when the loader failed (the window is closed by then)
     */
    public static void run(Loading loading) {
        String problem = displayProblem();
        if (problem != null) throw new IllegalStateException(problem);
        pending = loading;
        loadFailure = null;
        Application.launch(TrainerApp.class);
        Throwable failed = loadFailure;
        if (failed != null) throw new LoadFailedException(failed);
    }

    /** The loading handed to the application (read once by {@link TrainerApp}). */
    static Loading pending() {
        return pending;
    }

    /** Records why loading failed (the application then exits). */
    static void failed(Throwable t) {
        loadFailure = t;
    }
}

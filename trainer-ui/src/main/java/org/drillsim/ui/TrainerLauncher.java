package org.drillsim.ui;

import javafx.application.Application;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;

import java.util.Locale;
import java.util.Objects;

/**
 * Starts the trainer. This class does not extend {@link Application}, so the shaded command-line jar can
 * start JavaFX from the class path. The drill session (world, journal) is built before the window opens.
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

    private static volatile Launch pending;

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
        String problem = displayProblem();
        if (problem != null) throw new IllegalStateException(problem);
        pending = launch;
        Application.launch(TrainerApp.class);
    }

    /** The launch handed to the application (read once by {@link TrainerApp}). */
    static Launch pending() {
        return pending;
    }

    /** Messages for a launch. */
    static Messages messages(Launch l) {
        return new Messages(l.language());
    }
}

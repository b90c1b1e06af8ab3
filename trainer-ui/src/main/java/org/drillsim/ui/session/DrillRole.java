package org.drillsim.ui.session;

import java.util.Locale;

/**
 * Who sits at this screen. The controller (导调) runs the drill and sees everything, including injects
 * still to come; trainees (参演人员) do not see future injects (double-blind drill, 双盲演练).
 */
public enum DrillRole {
    CONTROLLER, TRAINEE;

    /** Lower-case id for the journal and the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Message-bundle key of the label. */
    public String messageKey() {
        return "role." + id();
    }

    /** Parses {@code controller} / {@code trainee}. */
    public static DrillRole parse(String s) {
        for (DrillRole r : values()) if (r.id().equalsIgnoreCase(s.trim())) return r;
        throw new IllegalArgumentException("role '" + s + "': expected controller or trainee / 身份应为 controller（导调）或 trainee（参演）");
    }
}

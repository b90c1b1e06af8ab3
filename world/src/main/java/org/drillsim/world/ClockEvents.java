package org.drillsim.world;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.drillsim.format.model.ClockEvent;

/** File ids of {@link ClockEvent}s (their YAML names, e.g. {@code first-treatment}). */
public final class ClockEvents {
    private ClockEvents() {
    }

    /** The YAML / file id of an event. */
    public static String id(ClockEvent e) {
        try {
            JsonProperty p = ClockEvent.class.getField(e.name()).getAnnotation(JsonProperty.class);
            return p != null ? p.value() : e.name().toLowerCase(java.util.Locale.ROOT);
        } catch (NoSuchFieldException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

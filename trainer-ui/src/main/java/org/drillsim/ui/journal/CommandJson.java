package org.drillsim.ui.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.drillsim.scenarios.command.Command;

/**
 * The JSON mapper of the journal. Commands are written with their {@link Command#type()} as {@code type}
 * (a Jackson mix-in, so the command API stays free of serialisation concerns).
 */
final class CommandJson {
    private CommandJson() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Command.Dispatch.class, name = "dispatch"),
            @JsonSubTypes.Type(value = Command.Reassign.class, name = "reassign"),
            @JsonSubTypes.Type(value = Command.OpenShelter.class, name = "open-shelter"),
            @JsonSubTypes.Type(value = Command.CloseShelter.class, name = "close-shelter"),
            @JsonSubTypes.Type(value = Command.AllocateSupplies.class, name = "allocate-supplies"),
            @JsonSubTypes.Type(value = Command.EvacuateZone.class, name = "evacuate-zone"),
            @JsonSubTypes.Type(value = Command.RequestMutualAid.class, name = "request-mutual-aid"),
            @JsonSubTypes.Type(value = Command.CloseRoad.class, name = "close-road"),
            @JsonSubTypes.Type(value = Command.ReopenRoad.class, name = "reopen-road"),
            @JsonSubTypes.Type(value = Command.PrePosition.class, name = "pre-position")})
    private interface CommandMixin {
    }

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.addMixIn(Command.class, CommandMixin.class);
        m.disable(SerializationFeature.INDENT_OUTPUT);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return m;
    }
}

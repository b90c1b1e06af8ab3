package org.drillsim.ui.journal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import org.drillsim.world.command.Command;

/**
 * The JSON mapper of the journal. Each command is written with a {@code type} named after its record in
 * kebab case ({@code Dispatch} → {@code dispatch}, {@code RequestMutualAid} → {@code request-mutual-aid}),
 * the same ids as {@link Command#type()}. The names are registered from the sealed interface's permitted
 * records through a Jackson mix-in, so the command API carries no serialisation concerns and a new command
 * type is journaled without changes here.
 */
final class CommandJson {
    private CommandJson() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface CommandMixin {
    }

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.addMixIn(Command.class, CommandMixin.class);
        for (Class<?> type : Command.class.getPermittedSubclasses()) m.registerSubtypes(new NamedType(type, typeId(type)));
        m.disable(SerializationFeature.INDENT_OUTPUT);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return m;
    }

    /** {@code RequestMutualAid} → {@code request-mutual-aid}. */
    static String typeId(Class<?> type) {
        String n = type.getSimpleName();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isUpperCase(c) && i > 0) sb.append('-');
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}

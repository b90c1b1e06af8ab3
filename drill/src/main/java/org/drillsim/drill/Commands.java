package org.drillsim.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;

import java.util.Map;
import java.util.TreeMap;

/**
 * Commands on the wire and in the drill journal: {@code {"type":"dispatch","unitId":…,"taskId":…}}, the type being
 * {@link Command#type()}; the issuer is never taken from the wire but set from the seat that sent it.
 */
public final class Commands {
    private static final Map<String, Class<? extends Command>> TYPES = new TreeMap<>();

    static {
        for (Class<?> c : Command.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked") Class<? extends Command> cc = (Class<? extends Command>) c;
            TYPES.put(kebab(c.getSimpleName()), cc);
        }
    }

    private Commands() {
    }

    /**
     * Reads a command sent by a seat.
     *
     * @throws IllegalArgumentException with a one-line zh / en reason when the type is unknown or a field is wrong
     */
    public static Command parse(JsonNode node, Issuer issuer) {
        if (node == null || !node.isObject()) throw new IllegalArgumentException("命令应为 JSON 对象 / a command must be a JSON object");
        JsonNode t = node.get("type");
        Class<? extends Command> type = t == null ? null : TYPES.get(t.asText());
        if (type == null) {
            throw new IllegalArgumentException("未知命令类型 / unknown command type '" + (t == null ? "" : t.asText()) + "'; expected one of " + TYPES.keySet());
        }
        ObjectMapper m = Wire.mapper();
        ObjectNode args = ((ObjectNode) node).deepCopy();
        args.remove("type");
        if (args.has("issuer")) throw new IllegalArgumentException("命令不得自带发令人 / a command must not name its issuer");
        args.set("issuer", m.valueToTree(issuer));
        try {
            return m.treeToValue(args, type);
        } catch (Exception e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("命令字段有误 / bad fields for " + t.asText() + ": " + msg, e);
        }
    }

    /** The command as JSON, without its issuer. */
    public static ObjectNode toJson(Command c) {
        ObjectNode n = Wire.mapper().valueToTree(c);
        n.remove("issuer");
        ObjectNode out = Wire.mapper().createObjectNode().put("type", c.type());
        out.setAll(n);
        return out;
    }

    static String kebab(String n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isUpperCase(c) && i > 0) sb.append('-');
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}

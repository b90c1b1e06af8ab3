package org.drillsim.format.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders the field reference appendix of {@code docs/scenario-guide.md} from the scenario JSON Schema, so the
 * guide's tables come from the same records the loader and {@link SchemaGenerator} use. A test compares the guide
 * with this text (regenerate with {@code -Ddrillsim.updateGuide=true} on {@code FieldReferenceTest}).
 */
public final class FieldReference {
    /** The appendix heading; the appendix runs from this line to the end of the guide. */
    public static final String HEADING = "## 附录：字段参考 / Appendix: field reference";
    /** Command that rewrites the appendix in the guide. */
    public static final String REGENERATE_COMMAND =
            "mvn -o -q test -pl scenario-format -am -Dtest=FieldReferenceTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Ddrillsim.updateGuide=true";
    private static final String DEFS_PREFIX = "#/$defs/";

    private FieldReference() {
    }

    /** The appendix for the current model records: heading to end of file, ending in a newline. */
    public static String appendix() {
        return render(SchemaGenerator.scenarioSchema());
    }

    /** The appendix for a schema of the shape {@link SchemaGenerator} writes. */
    public static String render(JsonNode schema) {
        StringBuilder out = new StringBuilder();
        out.append(HEADING).append("\n\n");
        out.append("Generated from `scenario.schema.json`, itself generated from the model records; regenerate this\n")
                .append("appendix with `").append(REGENERATE_COMMAND).append("`\n")
                .append("(the schema with `-Dtest=SchemaTest -Ddrillsim.updateSchema=true`). Units are in each field's meaning.\n");
        section(out, "Scenario (top level)", schema.path("title").asText(null), schema);
        Map<String, JsonNode> defs = new TreeMap<>();
        schema.path("$defs").fields().forEachRemaining(e -> defs.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, JsonNode> e : defs.entrySet()) {
            JsonNode def = e.getValue();
            if (def.has("enum")) {
                out.append("\n#### ").append(e.getKey()).append("\n\n");
                out.append("one of: ").append(joinCodes(def.get("enum"))).append('\n');
            } else if (def.has("oneOf")) {
                for (JsonNode sub : def.get("oneOf")) {
                    String type = sub.path("properties").path("type").path("const").asText();
                    section(out, e.getKey() + ": type `" + type + "`", sub.path("description").asText(null), sub);
                }
            } else {
                section(out, e.getKey(), def.path("description").asText(null), def);
            }
        }
        return out.toString();
    }

    /** Names of the schema's {@code $defs}, each of which the appendix must show. */
    public static List<String> defNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("$defs").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void section(StringBuilder out, String title, String description, JsonNode object) {
        out.append("\n#### ").append(title).append("\n\n");
        if (description != null) {
            out.append(description).append("\n\n");
        }
        out.append("| field | type | required | range | meaning (unit) |\n");
        out.append("|---|---|---|---|---|\n");
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = p.getValue();
            out.append("| `").append(p.getKey()).append("` | ")
                    .append(typeOf(s)).append(" | ")
                    .append(required.contains(p.getKey()) ? "yes" : "").append(" | ")
                    .append(rangeOf(s)).append(" | ")
                    .append(cell(s.path("description").asText(""))).append(" |\n");
        }
    }

    private static String typeOf(JsonNode s) {
        if (s.has("const")) {
            return "`" + s.get("const").asText() + "`";
        }
        if (s.has("$ref")) {
            return s.get("$ref").asText().substring(DEFS_PREFIX.length());
        }
        String type = s.path("type").asText("");
        if (type.equals("array")) {
            return "list of " + typeOf(s.path("items"));
        }
        return type;
    }

    /** Bounds of the value, or of each element for lists (lists of lists too). */
    private static String rangeOf(JsonNode s) {
        if (s.path("type").asText("").equals("array")) {
            JsonNode items = s.path("items");
            while (items.path("type").asText("").equals("array")) {
                items = items.path("items");
            }
            String r = bounds(items);
            return r.isEmpty() ? "" : "each " + r;
        }
        return bounds(s);
    }

    private static String bounds(JsonNode s) {
        List<String> parts = new ArrayList<>();
        if (s.has("minimum")) {
            parts.add("≥ " + number(s.get("minimum")));
        }
        if (s.has("exclusiveMinimum")) {
            parts.add("> " + number(s.get("exclusiveMinimum")));
        }
        if (s.has("maximum")) {
            parts.add("≤ " + number(s.get("maximum")));
        }
        if (s.has("exclusiveMaximum")) {
            parts.add("< " + number(s.get("exclusiveMaximum")));
        }
        return String.join(", ", parts);
    }

    /** Six significant digits, exponent form outside [1e-4, 1e6) (as C's {@code %g}): 0.25, 720, 1e+10. */
    static String number(JsonNode n) {
        BigDecimal v = n.decimalValue().round(new MathContext(6));
        if (v.signum() == 0) {
            return "0";
        }
        int exponent = v.precision() - v.scale() - 1;
        if (exponent >= -4 && exponent < 6) {
            return v.stripTrailingZeros().toPlainString();
        }
        BigDecimal mantissa = v.movePointLeft(exponent).stripTrailingZeros();
        String e = String.format("%02d", Math.abs(exponent));
        return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + e;
    }

    private static String joinCodes(JsonNode values) {
        List<String> codes = new ArrayList<>();
        values.forEach(v -> codes.add("`" + v.asText() + "`"));
        return String.join(", ", codes);
    }

    /** Table-cell text: a '|' would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

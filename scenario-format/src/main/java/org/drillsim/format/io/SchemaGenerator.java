package org.drillsim.format.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillsim.format.model.Range;
import org.drillsim.format.model.Scenario;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the published JSON Schema (draft 2020-12) of the scenario file from the model records,
 * the same reflection the structural check uses. The schema is committed as resource
 * {@code /schema/scenario.schema.json}; a test fails when it is out of date
 * (regenerate with {@code -Ddrillsim.updateSchema=true} on that test).
 */
public final class SchemaGenerator {
    /** Schema id (a name, not fetched). */
    public static final String SCHEMA_ID = "https://drillsim.org/schema/scenario.schema.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private SchemaGenerator() {
    }

    /** The schema of {@link Scenario} files. */
    public static ObjectNode scenarioSchema() {
        SchemaGenerator g = new SchemaGenerator();
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", SCHEMA_ID);
        root.put("title", "DrillSim scenario (演练情景)");
        ObjectNode body = g.recordSchema(Scenario.class, null);
        root.setAll(body);
        ObjectNode defsNode = root.putObject("$defs");
        g.defs.forEach(defsNode::set);
        return root;
    }

    /** The schema as pretty-printed JSON text with a final newline. */
    public static String scenarioSchemaText() {
        try {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return m.writeValueAsString(scenarioSchema()) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the schema to a file (used to refresh the committed resource). */
    public static void write(Path file) throws IOException {
        Files.writeString(file, scenarioSchemaText(), StandardCharsets.UTF_8);
    }

    private ObjectNode recordSchema(Class<?> record, String typeConst) {
        ObjectNode o = F.objectNode();
        String doc = ModelType.doc(record);
        if (doc != null) {
            o.put("description", doc);
        }
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        if (typeConst != null) {
            props.putObject("type").put("const", typeConst);
            required.add("type");
        }
        for (ModelType.Member m : ModelType.members(record)) {
            ObjectNode p = schemaOf(m.type(), m.range());
            if (m.doc() != null) {
                p.put("description", m.doc());
            }
            props.set(m.name(), p);
            if (m.required()) {
                required.add(m.name());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private ObjectNode schemaOf(Type type, Range range) {
        ObjectNode s = F.objectNode();
        switch (ModelType.kind(type)) {
            case RECORD -> s.put("$ref", ref(ModelType.raw(type)));
            case POLYMORPHIC -> s.put("$ref", ref(ModelType.raw(type)));
            case ENUM -> s.put("$ref", ref(ModelType.raw(type)));
            case LIST -> {
                s.put("type", "array");
                s.set("items", schemaOf(ModelType.elementType(type), range));
            }
            case MAP -> {
                s.put("type", "object");
                Type key = ModelType.keyType(type);
                if (ModelType.kind(key) == ModelType.Kind.ENUM) {
                    s.putObject("propertyNames").put("$ref", ref(ModelType.raw(key)));
                }
                s.set("additionalProperties", schemaOf(ModelType.elementType(type), range));
            }
            case STRING -> {
                s.put("type", "string");
                s.put("minLength", 1);
                s.put("pattern", "\\S");
            }
            case INTEGER -> {
                s.put("type", "integer");
                putRange(s, range);
            }
            case NUMBER -> {
                s.put("type", "number");
                putRange(s, range);
            }
            case BOOLEAN -> s.put("type", "boolean");
        }
        return s;
    }

    private static void putRange(ObjectNode s, Range r) {
        if (r == null) {
            return;
        }
        putNumber(s, "minimum", r.min());
        putNumber(s, r.maxExclusive() ? "exclusiveMaximum" : "maximum", r.max());
    }

    private static void putNumber(ObjectNode s, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            s.put(key, (long) v);
        } else {
            s.put(key, v);
        }
    }

    /** A reference to the definition of a named type, creating it on first use. */
    private String ref(Class<?> c) {
        String name = c.getSimpleName();
        if (c.getEnclosingClass() != null) {
            name = c.getEnclosingClass().getSimpleName() + name;
        }
        if (!defs.containsKey(name)) {
            defs.put(name, F.objectNode()); // placeholder against recursion
            defs.put(name, definition(c));
        }
        return "#/$defs/" + name;
    }

    private ObjectNode definition(Class<?> c) {
        ModelType.Kind kind = ModelType.kind(c);
        if (kind == ModelType.Kind.ENUM) {
            ObjectNode e = F.objectNode();
            e.put("type", "string");
            ArrayNode values = e.putArray("enum");
            ModelType.enumNames(c).forEach(values::add);
            return e;
        }
        if (kind == ModelType.Kind.POLYMORPHIC) {
            ObjectNode p = F.objectNode();
            String doc = ModelType.doc(c);
            if (doc != null) {
                p.put("description", doc);
            }
            ArrayNode oneOf = p.putArray("oneOf");
            ModelType.subtypes(c).forEach((name, sub) -> oneOf.add(recordSchema(sub, name)));
            return p;
        }
        return recordSchema(c, null);
    }

    /** Regenerates the schema file: {@code SchemaGenerator <output.json>}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    static JsonNode parse(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}

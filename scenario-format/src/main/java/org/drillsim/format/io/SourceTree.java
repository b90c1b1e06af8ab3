package org.drillsim.format.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario file parsed into a Jackson tree that remembers where every value and key stands in the
 * file, so a check on the bound model can point at line and column. Paths look like
 * {@code facilities.hospitals.items[2].beds} (the root is the empty path).
 */
public final class SourceTree {
    /** A 1-based line and column. */
    public record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private final String fileName;
    private final JsonNode root;
    private final Map<String, Position> values;
    private final Map<String, Position> keys;

    private SourceTree(String fileName, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
        this.fileName = fileName;
        this.root = root;
        this.values = values;
        this.keys = keys;
    }

    /**
     * Parses YAML, or JSON when the file name ends in {@code .json}. Syntax errors, duplicate keys and
     * an empty document are reported as errors.
     */
    public static SourceTree parse(String text, String fileName) throws ScenarioException {
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        Builder b = new Builder(fileName, json);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioException(List.of(new ScenarioError(fileName, 1, 1, "",
                        "the file is empty; expected a scenario (id, name, map, population, hazards, horizonHours …)")));
            }
            JsonNode root = b.read(p, "");
            if (!b.errors.isEmpty()) {
                throw new ScenarioException(b.errors);
            }
            if (p.nextToken() != null) {
                Position pos = b.pos(p.currentTokenLocation());
                throw new ScenarioException(List.of(new ScenarioError(fileName, pos.line, pos.column, "",
                        "expected a single document, found more content after it")));
            }
            return new SourceTree(fileName, root, b.values, b.keys);
        } catch (JsonProcessingException e) {
            Position pos = b.pos(e.getLocation());
            throw new ScenarioException(List.of(new ScenarioError(fileName, pos.line, pos.column, "",
                    "not valid " + (json ? "JSON" : "YAML") + ": " + syntaxMessage(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioError(fileName, 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    /**
     * One line from a parser message. SnakeYAML writes a context ("while parsing a flow mapping"), its
     * mark with a source excerpt, then the problem ("expected ',' or '}', but got :") and its mark;
     * keep the problem and the context with its line.
     */
    static String syntaxMessage(String s) {
        if (s == null || s.isBlank()) {
            return "syntax error";
        }
        List<String> lines = s.lines().toList();
        List<String> texts = new ArrayList<>();
        String contextLine = null;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(l.charAt(0))) {
                texts.add(l.strip());
            } else if (contextLine == null && l.strip().startsWith("in '") && texts.size() == 1) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(l);
                if (m.find()) {
                    contextLine = "line " + m.group(1) + ", column " + m.group(2);
                }
            }
        }
        if (texts.isEmpty()) {
            return "syntax error";
        }
        if (texts.size() == 1) {
            return texts.get(0).replaceAll("\\s+", " ");
        }
        String problem = texts.get(texts.size() - 1);
        String context = texts.get(0) + (contextLine != null ? " started at " + contextLine : "");
        return (problem + " (" + context + ")").replaceAll("\\s+", " ");
    }

    /** The file name used in messages. */
    public String fileName() {
        return fileName;
    }

    /** The parsed tree. */
    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code path} starts; falls back to the nearest enclosing value. */
    public Position valueAt(String path) {
        String p = path;
        while (true) {
            Position pos = values.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return Position.UNKNOWN;
            }
            p = parent(p);
        }
    }

    /** Where the key of the member at {@code path} stands (its value's position for list elements). */
    public Position keyAt(String path) {
        Position pos = keys.get(path);
        return pos != null ? pos : valueAt(path);
    }

    /** Whether the file has a value (possibly null) at {@code path}. */
    public boolean has(String path) {
        return values.containsKey(path);
    }

    /** An error at the value of {@code path}. */
    public ScenarioError errorAt(String path, String message) {
        Position pos = valueAt(path);
        return new ScenarioError(fileName, pos.line, pos.column, path, message);
    }

    /** An error at the key of {@code path} (unknown keys). */
    public ScenarioError errorAtKey(String path, String message) {
        Position pos = keyAt(path);
        return new ScenarioError(fileName, pos.line, pos.column, path, message);
    }

    /** The enclosing path: {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → "". */
    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Path of member {@code name} under {@code path}. */
    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Path of element {@code i} under {@code path}. */
    static String element(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Builds the tree token by token, recording positions. */
    private static final class Builder {
        final String fileName;
        final boolean json;
        final Map<String, Position> values = new HashMap<>();
        final Map<String, Position> keys = new HashMap<>();
        final List<ScenarioError> errors = new ArrayList<>();
        final JsonNodeFactory nodes = JsonNodeFactory.instance;
        String lastPath = "";

        Builder(String fileName, boolean json) {
            this.fileName = fileName;
            this.json = json;
        }

        Position pos(JsonLocation loc) {
            if (loc == null || loc.getLineNr() < 0) {
                return Position.UNKNOWN;
            }
            return new Position(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
        }

        JsonNode read(JsonParser p, String path) throws IOException {
            lastPath = path;
            values.put(path, pos(p.currentTokenLocation()));
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = nodes.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        String childPath = child(path, name);
                        Position keyPos = pos(p.currentTokenLocation());
                        p.nextToken();
                        if (o.has(name)) {
                            errors.add(new ScenarioError(fileName, keyPos.line, keyPos.column, childPath,
                                    "duplicate key; each key may appear once"));
                            skip(p);
                            continue;
                        }
                        keys.put(childPath, keyPos);
                        o.set(name, read(p, childPath));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = nodes.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(read(p, element(path, i++)));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return nodes.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> nodes.numberNode(p.getIntValue());
                        case LONG -> nodes.numberNode(p.getLongValue());
                        default -> nodes.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return nodes.numberNode(p.getDoubleValue());
                }
                case VALUE_TRUE -> {
                    return nodes.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return nodes.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return nodes.nullNode();
                }
                default -> {
                    Position at = values.get(path);
                    errors.add(new ScenarioError(fileName, at.line, at.column, path, "unsupported value (" + t + ")"));
                    return nodes.nullNode();
                }
            }
        }

        void skip(JsonParser p) throws IOException {
            if (p.currentToken().isStructStart()) {
                p.skipChildren();
            }
        }
    }
}

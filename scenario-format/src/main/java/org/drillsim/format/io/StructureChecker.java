package org.drillsim.format.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.drillsim.format.model.Range;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a parsed scenario tree against the model records before binding: unknown keys, missing
 * required fields, wrong value types, unknown enum values and out-of-range numbers. It walks the
 * whole tree and reports every problem, not just the first (Jackson's binder stops at the first).
 */
final class StructureChecker {
    private final SourceTree tree;
    private final List<ScenarioError> errors = new ArrayList<>();
    /** Out-of-range numbers: the tree still binds, so the meaning can be checked too. */
    private final List<ScenarioError> rangeErrors = new ArrayList<>();

    /** The outcome: errors that stop binding, and out-of-range values that do not. */
    record Result(List<ScenarioError> blocking, List<ScenarioError> ranges) {
        boolean bindable() {
            return blocking.isEmpty();
        }
    }

    private StructureChecker(SourceTree tree) {
        this.tree = tree;
    }

    /** All structural errors of the tree, checked against {@code rootType}. */
    static Result check(SourceTree tree, Class<?> rootType) {
        StructureChecker c = new StructureChecker(tree);
        c.check(tree.root(), "", rootType, null);
        return new Result(c.errors, c.rangeErrors);
    }

    private void check(JsonNode node, String path, Type type, Range range) {
        switch (ModelType.kind(type)) {
            case RECORD -> checkRecord(node, path, ModelType.raw(type), Set.of());
            case POLYMORPHIC -> checkPolymorphic(node, path, ModelType.raw(type));
            case LIST -> {
                if (!node.isArray()) {
                    error(path, "expected a list, got " + describe(node));
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), SourceTree.element(path, i), ModelType.elementType(type), range);
                }
            }
            case MAP -> checkMap(node, path, type, range);
            case ENUM -> {
                List<String> names = ModelType.enumNames(ModelType.raw(type));
                if (!node.isTextual() || !names.contains(node.asText())) {
                    error(path, "expected one of: " + String.join(", ", names) + "; got " + describe(node));
                }
            }
            case STRING -> {
                if (!node.isTextual()) {
                    error(path, "expected text, got " + describe(node));
                } else if (node.asText().isBlank()) {
                    error(path, "expected non-empty text");
                } else if (TerminalText.loneSurrogate(node.asText()) >= 0) {
                    // cannot be written as UTF-8: the run directory, report and journal would hold '?' instead
                    error(path, "文本含有孤立的 UTF-16 代理字符（第 " + (TerminalText.loneSurrogate(node.asText()) + 1)
                            + " 个字符）/ the text holds a lone UTF-16 surrogate at character "
                            + (TerminalText.loneSurrogate(node.asText()) + 1) + "; expected valid Unicode text");
                }
            }
            case INTEGER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    error(path, "expected a whole number, got " + describe(node));
                } else {
                    checkRange(node.asLong(), path, range);
                }
            }
            case NUMBER -> {
                if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
                    error(path, "expected a number, got " + describe(node));
                } else {
                    checkRange(node.asDouble(), path, range);
                }
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    error(path, "expected true or false, got " + describe(node));
                }
            }
        }
    }

    private void checkRecord(JsonNode node, String path, Class<?> record, Set<String> extraKeys) {
        if (!node.isObject()) {
            error(path, "expected an object (" + keyList(record) + "), got " + describe(node));
            return;
        }
        List<ModelType.Member> members = ModelType.members(record);
        Map<String, ModelType.Member> byName = members.stream()
                .collect(Collectors.toMap(ModelType.Member::name, m -> m));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!byName.containsKey(key) && !extraKeys.contains(key)) {
                String hint = closest(key, byName.keySet());
                errors.add(tree.errorAtKey(SourceTree.child(path, key), "unknown key"
                        + (hint != null ? " (did you mean '" + hint + "'?)" : "") + "; expected one of: " + keyList(record)));
            }
        }
        for (ModelType.Member m : members) {
            String childPath = SourceTree.child(path, m.name());
            JsonNode child = node.get(m.name());
            if (child == null) {
                if (m.required()) {
                    errors.add(atParentEnd(path, childPath, "required field missing; expected " + expected(m.type())));
                }
                continue;
            }
            if (child.isNull()) {
                error(childPath, m.required() ? "required field is empty; expected " + expected(m.type())
                        : "empty value; expected " + expected(m.type()) + " (or leave the key out)");
                continue;
            }
            check(child, childPath, m.type(), m.range());
        }
    }

    private ScenarioError atParentEnd(String parentPath, String childPath, String message) {
        SourceTree.Position pos = tree.valueAt(parentPath);
        return new ScenarioError(tree.fileName(), pos.line(), pos.column(), childPath, message);
    }

    private void checkPolymorphic(JsonNode node, String path, Class<?> poly) {
        String typeKey = ModelType.typeKey(poly);
        Map<String, Class<?>> subtypes = ModelType.subtypes(poly);
        String names = String.join(", ", subtypes.keySet());
        if (!node.isObject()) {
            error(path, "expected an object with '" + typeKey + "' (" + names + "), got " + describe(node));
            return;
        }
        JsonNode t = node.get(typeKey);
        if (t == null) {
            error(path, "required field '" + typeKey + "' missing; expected one of: " + names);
            return;
        }
        Class<?> sub = t.isTextual() ? subtypes.get(t.asText()) : null;
        if (sub == null) {
            error(SourceTree.child(path, typeKey), "expected one of: " + names + "; got " + describe(t));
            return;
        }
        checkRecord(node, path, sub, Set.of(typeKey));
    }

    private void checkMap(JsonNode node, String path, Type type, Range range) {
        if (!node.isObject()) {
            error(path, "expected an object of key: value pairs, got " + describe(node));
            return;
        }
        Type keyType = ModelType.keyType(type);
        List<String> allowed = ModelType.kind(keyType) == ModelType.Kind.ENUM
                ? ModelType.enumNames(ModelType.raw(keyType)) : null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String childPath = SourceTree.child(path, e.getKey());
            if (allowed != null && !allowed.contains(e.getKey())) {
                String hint = closest(e.getKey(), allowed);
                errors.add(tree.errorAtKey(childPath, "unknown key"
                        + (hint != null ? " (did you mean '" + hint + "'?)" : "") + "; expected one of: " + String.join(", ", allowed)));
                continue;
            }
            check(e.getValue(), childPath, ModelType.elementType(type), range);
        }
    }

    private void checkRange(double v, String path, Range r) {
        if (r == null) {
            return;
        }
        boolean ok = v >= r.min() && (r.maxExclusive() ? v < r.max() : v <= r.max());
        if (!ok) {
            rangeErrors.add(tree.errorAt(path, "expected a value in [" + fmt(r.min()) + ", " + fmt(r.max()) + (r.maxExclusive() ? ")" : "]")
                    + ", got " + fmt(v)));
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private void error(String path, String message) {
        errors.add(tree.errorAt(path, message));
    }

    /** What a value of this type looks like, for "expected …" messages. */
    static String expected(Type type) {
        return switch (ModelType.kind(type)) {
            case RECORD -> "an object (" + keyList(ModelType.raw(type)) + ")";
            case POLYMORPHIC -> "an object with 'type' (" + String.join(", ", ModelType.subtypes(ModelType.raw(type)).keySet()) + ")";
            case LIST -> "a list (each " + expected(ModelType.elementType(type)) + ")";
            case MAP -> "an object of key: value pairs";
            case ENUM -> "one of: " + String.join(", ", ModelType.enumNames(ModelType.raw(type)));
            case STRING -> "text";
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
        };
    }

    private static String keyList(Class<?> record) {
        return ModelType.members(record).stream().map(ModelType.Member::name).collect(Collectors.joining(", "));
    }

    /** A short description of what was found, e.g. {@code text "abc"} or {@code a list}. */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            return "text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isIntegralNumber() || n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "nothing";
    }

    /** The known key nearest to a misspelt one (edit distance ≤ 2), or null. */
    static String closest(String key, Iterable<String> known) {
        String best = null;
        int bestD = 3;
        for (String k : known) {
            int d = editDistance(key.toLowerCase(), k.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

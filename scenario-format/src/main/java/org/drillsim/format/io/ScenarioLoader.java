package org.drillsim.format.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.drillsim.format.model.Scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads scenario files (YAML, or JSON when the name ends in {@code .json}) into the immutable
 * {@link Scenario} model and checks them. Three passes, each reporting every problem it finds:
 * the syntax (with line and column of every node kept), the structure against the model records
 * (unknown keys, missing fields, types, ranges), then — when the structure is sound — the meaning
 * (references, polygons, timelines, target ids). Errors come out sorted by line as
 * {@code file:line:col: field: what was expected}.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** Reads and checks a scenario file, without looking for its map extract. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, null);
    }

    /**
     * Reads and checks a scenario file.
     *
     * @param mapProblem given the map extract name, a one-line problem when it cannot be found (null
     *                   when found); null = do not look for the map
     */
    public static Scenario load(Path file, Function<String, String> mapProblem) throws ScenarioException {
        String text = read(file);
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), dir, mapProblem);
    }

    /** Largest scenario file read, bytes: the built-in ones are below 20 kB; this bounds memory before reading. */
    static final long MAX_FILE_BYTES = 4L << 20;

    /** The file as UTF-8 text; an unreadable, oversized or undecodable file is one error with its position. */
    static String read(Path file) throws ScenarioException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(List.of(new ScenarioError(name, 1, 1, "", "文件过大（" + size
                        + " 字节）/ the file is too large (" + size + " bytes); expected a scenario file of at most "
                        + MAX_FILE_BYTES + " bytes")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new ScenarioError(name, 0, 0, "", "文件不存在 / no such file")));
        } catch (AccessDeniedException e) {
            throw new ScenarioException(List.of(new ScenarioError(name, 0, 0, "", "无权读取文件 / permission denied")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioError(name, 0, 0, "", "无法读取文件 / cannot read the file"
                    + (e.getMessage() != null ? " (" + e.getMessage() + ")" : ""))));
        }
        return decode(bytes, name);
    }

    /** Strict UTF-8 decoding; the first bad byte is reported by line and column (in characters, 1-based). */
    static String decode(byte[] bytes, String name) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            String hex = String.format("0x%02X", bytes[at] & 0xFF);
            throw new ScenarioException(List.of(new ScenarioError(name, line, column, "",
                    "第 " + (at + 1) + " 字节 " + hex + " 不是有效的 UTF-8 编码，请将文件存为 UTF-8 / byte " + (at + 1)
                            + " (" + hex + ") is not valid UTF-8; expected the file saved as UTF-8")));
        }
        out.flip();
        return out.toString();
    }

    /** Parses scenario text without file-system checks (extents files, map). */
    public static Scenario parse(String text, String fileName) throws ScenarioException {
        return parse(text, fileName, null, null);
    }

    /**
     * Parses and checks scenario text.
     *
     * @param text       file contents
     * @param fileName   name used in error messages; {@code .json} selects JSON, anything else YAML
     * @param baseDir    directory relative paths in the file resolve against; null = skip file checks
     * @param mapProblem map lookup as in {@link #load(Path, Function)}; null = skip
     */
    public static Scenario parse(String text, String fileName, Path baseDir, Function<String, String> mapProblem)
            throws ScenarioException {
        SourceTree tree = SourceTree.parse(text, fileName);
        StructureChecker.Result structure = StructureChecker.check(tree, Scenario.class);
        if (!structure.bindable()) {
            List<ScenarioError> all = new ArrayList<>(structure.blocking());
            all.addAll(structure.ranges());
            throwIfAny(all);
        }
        Scenario scenario;
        try {
            scenario = mapperFor(fileName).treeToValue(tree.root(), Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The structural check should have caught it; report it against the nearest node anyway.
            String path = e instanceof JsonMappingException m ? dotted(m) : "";
            throw new ScenarioException(List.of(tree.errorAt(path, "cannot read: " + firstLine(e))));
        }
        // out-of-range numbers still bind: report them together with the semantic errors
        List<ScenarioError> all = new ArrayList<>(structure.ranges());
        all.addAll(SemanticChecker.check(scenario, tree, baseDir, mapProblem));
        throwIfAny(all);
        return scenario;
    }

    private static void throwIfAny(List<ScenarioError> errors) throws ScenarioException {
        if (!errors.isEmpty()) {
            List<ScenarioError> sorted = new ArrayList<>(errors);
            Collections.sort(sorted);
            throw new ScenarioException(sorted);
        }
    }

    private static String dotted(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(Exception e) {
        String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.strip().lines().findFirst().orElse("");
    }

    /** The strict Jackson mapper for the file's format. */
    static ObjectMapper mapperFor(String fileName) {
        ObjectMapper m = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? new JsonMapper() : new YAMLMapper();
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        return m;
    }
}

package org.drillsim.scenarios.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.drillsim.scenarios.model.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenario files (YAML, or JSON when the name ends in {@code .json}) into the immutable
 * {@link Scenario} model. Unknown keys are errors.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** Reads and checks a scenario file; every problem is reported at once in the exception. */
    public static Scenario load(Path file) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioError(file.toString(), 0, 0, "",
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
        }
        return parse(text, file.toString());
    }

    /**
     * Parses scenario text.
     *
     * @param text     file contents
     * @param fileName name used in error messages; {@code .json} selects JSON, anything else YAML
     */
    public static Scenario parse(String text, String fileName) throws ScenarioException {
        ObjectMapper mapper = mapperFor(fileName);
        try {
            return mapper.readValue(text, Scenario.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String field = e instanceof JsonMappingException m ? m.getPathReference() : "";
            throw new ScenarioException(List.of(new ScenarioError(fileName,
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), field, e.getOriginalMessage())));
        }
    }

    /** The strict Jackson mapper for the file's format. */
    static ObjectMapper mapperFor(String fileName) {
        ObjectMapper m = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? new JsonMapper() : new YAMLMapper();
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        return m;
    }
}

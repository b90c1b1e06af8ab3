package org.drillsim.format.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published JSON Schema is current and agrees with the loader on valid and invalid files. */
class SchemaTest {
    static final Path SCHEMA_FILE = Path.of("src/main/resources/schema/scenario.schema.json");

    static JsonSchema schema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/scenario.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static JsonNode yaml(Path p) throws IOException {
        return new YAMLMapper().readTree(p.toFile());
    }

    @Test
    void committedSchemaIsUpToDate() throws IOException {
        String generated = SchemaGenerator.scenarioSchemaText();
        if (Boolean.getBoolean("drillsim.updateSchema")) {
            Files.writeString(SCHEMA_FILE, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8),
                "scenario.schema.json is stale; regenerate with -Ddrillsim.updateSchema=true on SchemaTest");
    }

    @Test
    void validFilesAndTheLibraryValidateAgainstTheSchema() throws IOException {
        JsonSchema schema = schema();
        List<Path> files;
        try (Stream<Path> lib = Files.list(Path.of("src/main/resources/scenarios"))) {
            files = Stream.concat(lib, Stream.of(Path.of("src/test/resources/scenario-files/valid/full.yaml")))
                    .filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Set<ValidationMessage> errors = schema.validate(yaml(f));
            assertTrue(errors.isEmpty(), f + ": " + errors);
        }
    }

    @Test
    void structurallyBadFilesFailTheSchemaToo() throws IOException {
        JsonSchema schema = schema();
        for (String name : List.of("unknown-key.yaml", "wrong-type-beds.yaml", "negative-beds.yaml",
                "missing-hazards.yaml", "wind-direction-360.yaml", "bad-enum-stability.yaml", "unknown-hazard-type.yaml")) {
            Path f = Path.of("src/test/resources/scenario-files/invalid", name);
            assertFalse(schema.validate(yaml(f)).isEmpty(), f + " should fail the schema");
        }
    }
}

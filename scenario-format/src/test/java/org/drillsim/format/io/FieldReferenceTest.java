package org.drillsim.format.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's field reference appendix is the one generated from the schema, and covers every definition. */
class FieldReferenceTest {
    static final Path GUIDE = Path.of("../docs/scenario-guide.md");

    @Test
    void guideAppendixIsUpToDate() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int at = guide.indexOf(FieldReference.HEADING);
        assertTrue(at >= 0, "no appendix heading in " + GUIDE + ": " + FieldReference.HEADING);
        String generated = FieldReference.appendix();
        if (Boolean.getBoolean("drillsim.updateGuide")) {
            guide = guide.substring(0, at) + generated;
            Files.writeString(GUIDE, guide, StandardCharsets.UTF_8);
        }
        assertEquals(generated, guide.substring(guide.indexOf(FieldReference.HEADING)),
                "the field reference in docs/scenario-guide.md is stale; regenerate with -Ddrillsim.updateGuide=true"
                        + " on FieldReferenceTest: " + FieldReference.REGENERATE_COMMAND);
    }

    @Test
    void everyDefinitionHasASection() {
        JsonNode schema = SchemaGenerator.scenarioSchema();
        String appendix = FieldReference.appendix();
        List<String> names = FieldReference.defNames(schema);
        assertTrue(names.contains("HazardSpec") && names.contains("TankRelease"), names.toString());
        for (String name : names) {
            boolean shown = appendix.contains("\n#### " + name + "\n") || appendix.contains("\n#### " + name + ": type `");
            assertTrue(shown, name + " has no section in the appendix");
        }
    }

    @Test
    void numbersAndBoundsReadAsInTheGuide() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        assertEquals("0.25", FieldReference.number(f.numberNode(0.25)));
        assertEquals("720", FieldReference.number(f.numberNode(720L)));
        assertEquals("525600", FieldReference.number(f.numberNode(525600L)));
        assertEquals("1e+06", FieldReference.number(f.numberNode(1_000_000L)));
        assertEquals("1e+10", FieldReference.number(f.numberNode(10_000_000_000L)));
        assertEquals("5e+07", FieldReference.number(f.numberNode(50_000_000L)));
        assertEquals("0.001", FieldReference.number(f.numberNode(0.001)));
        assertEquals("-180", FieldReference.number(f.numberNode(-180L)));
        String appendix = FieldReference.appendix();
        assertTrue(appendix.contains("| `horizonHours` | number | yes | ≥ 0.25, ≤ 720 | simulated duration, hours |"),
                "top-level horizonHours row");
        assertTrue(appendix.contains("| `upslopeDeg` | number |  | ≥ 0, < 360 |"), "exclusive maximum");
        assertTrue(appendix.contains("#### HazardSpec: type `flood`"), "one section per oneOf subtype");
    }
}

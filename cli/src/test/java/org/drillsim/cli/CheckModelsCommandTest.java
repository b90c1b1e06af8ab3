package org.drillsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckModelsCommandTest {

    @Test
    void printsEveryCaseWithItsSourceAndTheTally() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = new CheckModelsCommand(new PrintStream(buf, true, StandardCharsets.UTF_8)).call();
        String text = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        String[] lines = text.strip().split("\n");
        assertTrue(lines[lines.length - 1].matches("\\d+ passed, 0 failing  RESULT models_failing=0"), lines[lines.length - 1]);
        assertTrue(text.contains("== toxic-lc50"), text);
        assertTrue(text.contains("published 250        DrillSim 250.2"), text); // LC50 30 min, chlorine
        assertTrue(text.contains("source: Withers & Lees (1985)"), text);
        assertTrue(text.lines().filter(l -> l.startsWith("  PASS")).count() >= 30);
    }
}

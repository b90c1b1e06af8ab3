package org.drillsim.format.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminalTextTest {

    @Test
    void controlCharactersBidiOverridesAndLoneSurrogatesAreEscaped() {
        assertEquals("red\\u001B[31m name\\u0007", TerminalText.escape("red\u001b[31m name\u0007"));
        assertEquals("a\\u000Ab\\u000Dc\\u0009d", TerminalText.escape("a\nb\rc\td"));
        assertEquals("x\\u202Eevil", TerminalText.escape("x\u202Eevil"));
        assertEquals("C1 \\u009B", TerminalText.escape("C1 \u009B"));
        assertEquals("lone \\uD800 end", TerminalText.escape("lone \uD800 end"));
        assertEquals("\\uDC00 low first", TerminalText.escape("\uDC00 low first"));
    }

    @Test
    void ordinaryTextAndPairedSurrogatesAreKept() {
        String s = "松花江公路大桥 — T+02:00 ≤ 2 h 🚑";
        assertEquals(s, TerminalText.escape(s));
        assertEquals(-1, TerminalText.loneSurrogate(s));
        assertEquals(2, TerminalText.loneSurrogate("ab\uD83Dc"));
    }

    @Test
    void anErrorLineEchoingAHostileNameIsPrintedEscaped() {
        ScenarioError e = new ScenarioError("f.yaml", 3, 7, "teams[0].home", "unknown facility 'h\u001b]0;pwned\u0007'");
        assertEquals("f.yaml:3:7: teams[0].home: unknown facility 'h\\u001B]0;pwned\\u0007'", e.toString());
        assertEquals(List.of(), List.of(e.toString().chars().filter(Character::isISOControl).toArray()).stream()
                .filter(a -> a.length > 0).toList());
    }
}

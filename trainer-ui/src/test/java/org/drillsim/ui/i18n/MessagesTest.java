package org.drillsim.ui.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {
    private static Set<String> keys(Locale l) {
        ResourceBundle b = ResourceBundle.getBundle("org.drillsim.ui.messages", l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(b.keySet());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(keys(Messages.CHINESE), keys(Messages.ENGLISH));
        assertTrue(keys(Messages.CHINESE).size() > 100);
    }

    @Test
    void everyMessageIsAValidPatternWithTheSamePlaceholdersInBothLanguages() {
        Messages zh = new Messages(Messages.CHINESE);
        Messages en = new Messages(Messages.ENGLISH);
        for (String k : keys(Messages.CHINESE)) {
            int a = new MessageFormat(zh.get(k)).getFormats().length;
            int b = new MessageFormat(en.get(k)).getFormats().length;
            assertEquals(a, b, "placeholders of " + k);
        }
    }

    @Test
    void chineseIsTheDefaultAndTheSwitchChangesBoundText() {
        Messages m = new Messages(Messages.parseLanguage(null));
        var play = m.bind("clock.play");
        assertEquals("运行", play.get());
        m.setLanguage(Messages.parseLanguage("en"));
        assertEquals("Play", play.get());
        assertNotEquals(m.format("app.title", "x"), new Messages(Messages.CHINESE).format("app.title", "x"));
        assertThrows(IllegalArgumentException.class, () -> Messages.parseLanguage("fr"));
        assertThrows(IllegalArgumentException.class, () -> m.get("no.such.key"));
    }

    /**
     * Every character the trainer shows — the messages of both languages and the text in its code — is in the CJK
     * font it uses (U+23F8 ⏸-like symbols are in none and render as a box). Checked with the first preferred family
     * installed, as the trainer picks it.
     */
    @Test
    void everyGlyphIsInTheTrainersFont() throws Exception {
        java.util.List<String> installed = java.util.List.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        String family = Fonts.preferred().stream().filter(installed::contains).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(family != null, "a CJK font is installed");
        java.awt.Font font = new java.awt.Font(family, java.awt.Font.PLAIN, 14);
        StringBuilder text = new StringBuilder();
        for (Locale l : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            Messages m = new Messages(l);
            for (String k : keys(l)) text.append(m.get(k));
        }
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) text.append(java.nio.file.Files.readString(f));
        }
        Set<String> missing = new TreeSet<>();
        text.codePoints().filter(c -> c > 0x7e && !font.canDisplay(c)).forEach(c -> missing.add(new String(Character.toChars(c)) + String.format(" U+%04X", c)));
        assertTrue(missing.isEmpty(), family + " has no glyph for " + missing);
    }
}

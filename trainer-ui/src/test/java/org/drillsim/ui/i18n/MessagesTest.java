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
        assertEquals("▶ 运行", play.get());
        m.setLanguage(Messages.parseLanguage("en"));
        assertEquals("▶ Play", play.get());
        assertNotEquals(m.format("app.title", "x"), new Messages(Messages.CHINESE).format("app.title", "x"));
        assertThrows(IllegalArgumentException.class, () -> Messages.parseLanguage("fr"));
        assertThrows(IllegalArgumentException.class, () -> m.get("no.such.key"));
    }
}

package org.drillsim.exporters.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    /** Every character one unit wide. */
    private static final TextWrap.Measure ONE = s -> s.codePointCount(0, s.length());

    @Test
    void breaksBetweenWordsAndChineseCharacters() throws Exception {
        assertEquals(List.of("hello", "world"), TextWrap.wrap("hello world", 8, ONE));
        assertEquals(List.of("松花江洪", "水演练"), TextWrap.wrap("松花江洪水演练", 4, ONE));
    }

    @Test
    void closingPunctuationStaysWithItsCharacter() throws Exception {
        // "水，" must not be split: the comma never starts a line
        assertEquals(List.of("洪", "水，", "演练"), TextWrap.wrap("洪水，演练", 2, ONE));
    }

    @Test
    void overlongWordIsCutAndLineBreaksKept() throws Exception {
        assertEquals(List.of("abcd", "ef"), TextWrap.wrap("abcdef", 4, ONE));
        assertEquals(List.of("a", "", "b"), TextWrap.wrap("a\n\nb", 10, ONE));
    }
}

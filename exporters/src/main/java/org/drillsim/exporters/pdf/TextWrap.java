package org.drillsim.exporters.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: between Latin words and between Chinese characters,
 * never before closing punctuation (，。、）… keep with the character before them), and inside a
 * word only when the word alone is wider than the line.
 */
final class TextWrap {
    private static final String NO_BREAK_BEFORE = "，。、；：！？）》」』】〕〉”’,.;:!?)]}%…·";

    /** Measures a string in points. */
    @FunctionalInterface
    interface Measure {
        float width(String s) throws IOException;
    }

    private TextWrap() {
    }

    /** The lines of {@code text} (explicit line breaks kept) that fit {@code maxWidth}. */
    static List<String> wrap(String text, float maxWidth, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").split("\n", -1)) {
            wrapParagraph(para, maxWidth, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String para, float maxWidth, Measure measure, List<String> out) throws IOException {
        List<String> tokens = tokens(para);
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            String candidate = line + token;
            if (measure.width(candidate) <= maxWidth || line.length() == 0 && measure.width(token) <= maxWidth) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (token.isBlank()) {
                continue;
            }
            // a single token wider than the line: cut it by characters
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
                i += Character.charCount(cp);
                String next = piece.toString() + Character.toString(cp);
                if (piece.length() > 0 && measure.width(next) > maxWidth) {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                piece.appendCodePoint(cp);
            }
            line.append(piece);
        }
        out.add(line.toString().stripTrailing());
    }

    /** Tokens at the break opportunities: a Chinese character, a Latin word, a space. */
    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (NO_BREAK_BEFORE.indexOf(cp) >= 0) {
                if (word.length() > 0) {
                    word.appendCodePoint(cp);
                } else if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).isBlank()) {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + Character.toString(cp));
                } else {
                    tokens.add(Character.toString(cp));
                }
            } else if (cp == ' ') {
                flush(word, tokens);
                tokens.add(" ");
            } else if (cp >= 0x2E80) {
                flush(word, tokens);
                tokens.add(Character.toString(cp));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}

package org.drillsim.format.io;

/**
 * Text from a scenario file made safe to print on a terminal: control characters (C0, DEL, C1), bidirectional
 * overrides and lone UTF-16 surrogates become visible {@code \}{@code uXXXX} escapes, so a name cannot move the
 * cursor, recolour the console, reorder a line or hide the rest of an error message.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code s} with every unsafe character escaped; null stays null. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            boolean unsafe = Character.isISOControl(c) || isBidiControl(c)
                    || (Character.isSurrogate(c) && !pairedHigh && !pairedLow);
            if (unsafe && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (unsafe) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The first lone surrogate's index in {@code s}, or -1. */
    public static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}

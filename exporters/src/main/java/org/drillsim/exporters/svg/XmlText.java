package org.drillsim.exporters.svg;

/** Escapes text for XML and HTML content and attribute values. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes {@code & < > " '} and drops the control characters XML 1.0 forbids (they can only
     * come from bad input and would make the file unreadable).
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

package org.drillsim.exporters.svg;

import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.text.Text;

/**
 * Estimates text widths for laying out charts before any font is at hand. Chinese characters are
 * about one em wide, Latin letters a little over half; the estimate errs wide so labels do not collide.
 */
public final class TextMetrics {
    private TextMetrics() {
    }

    /** Estimated width of {@code s} at font size {@code size}. */
    public static double width(String s, double size) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80) {
                em += 1.0;
            } else if (cp == ' ') {
                em += 0.3;
            } else if (Character.isUpperCase(cp) || Character.isDigit(cp) || cp == '%' || cp == 'm' || cp == 'w') {
                em += 0.65;
            } else {
                em += 0.55;
            }
        }
        return em * size;
    }

    /** The wider of the two wordings, so one layout fits either language. */
    public static double width(Text t, double size) {
        return Math.max(width(t.in(Language.ZH), size), width(t.in(Language.EN), size));
    }
}

package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.drillsim.exporters.text.Language;

/** Renders a {@link Drawing} as SVG markup, text in the chosen language and XML-escaped. */
public final class SvgRenderer {
    /** Font stack with Chinese faces common on Linux, Windows and macOS. */
    public static final String FONT_FAMILY =
            "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif";

    private SvgRenderer() {
    }

    /** A complete {@code <svg>} element (with its namespace) that can stand alone or sit inside HTML. */
    public static String render(Drawing drawing, Language language) {
        StringBuilder sb = new StringBuilder(4096 + drawing.shapes().size() * 80);
        String w = num(drawing.width());
        String h = num(drawing.height());
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" role=\"img\" font-family=\"").append(FONT_FAMILY).append("\">\n");
        sb.append("<title>").append(XmlText.escape(drawing.title().in(language))).append("</title>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"#FFFFFF\"/>\n");
        for (Shape s : drawing.shapes()) {
            appendShape(sb, s, language);
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static void appendShape(StringBuilder sb, Shape shape, Language language) {
        if (shape instanceof Shape.Polyline p) {
            sb.append("<polyline points=\"");
            points(sb, p.points());
            sb.append("\"");
            style(sb, p.style(), false);
            sb.append("/>\n");
        } else if (shape instanceof Shape.Polygon p) {
            sb.append("<path d=\"");
            for (List<Pt> ring : p.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    sb.append(i == 0 ? 'M' : 'L').append(num(ring.get(i).x())).append(' ').append(num(ring.get(i).y()));
                }
                sb.append('Z');
            }
            sb.append("\" fill-rule=\"evenodd\"");
            style(sb, p.style(), true);
            sb.append("/>\n");
        } else if (shape instanceof Shape.Circle c) {
            sb.append("<circle cx=\"").append(num(c.centre().x())).append("\" cy=\"").append(num(c.centre().y()))
                    .append("\" r=\"").append(num(c.radius())).append("\"");
            style(sb, c.style(), true);
            sb.append("/>\n");
        } else if (shape instanceof Shape.Rect r) {
            sb.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                    .append(num(r.width())).append("\" height=\"").append(num(r.height())).append("\"");
            style(sb, r.style(), true);
            sb.append("/>\n");
        } else if (shape instanceof Shape.Label l) {
            label(sb, l, language);
        } else {
            throw new IllegalStateException("unknown shape " + shape.getClass());
        }
    }

    private static void label(StringBuilder sb, Shape.Label l, Language language) {
        String text = l.text().in(language);
        if (text.isEmpty()) {
            return;
        }
        String anchor = switch (l.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        sb.append("<text x=\"").append(num(l.at().x())).append("\" y=\"").append(num(l.at().y()))
                .append("\" font-size=\"").append(num(l.size())).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(Palette.hex(l.colour())).append("\"");
        if (l.bold()) {
            sb.append(" font-weight=\"bold\"");
        }
        if (l.rotation() != 0) {
            sb.append(" transform=\"rotate(").append(num(l.rotation())).append(' ').append(num(l.at().x())).append(' ')
                    .append(num(l.at().y())).append(")\"");
        }
        if (l.halo()) {
            sb.append(" stroke=\"#FFFFFF\" stroke-width=\"").append(num(l.size() * 0.25))
                    .append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
        sb.append('>').append(XmlText.escape(text)).append("</text>\n");
    }

    private static void points(StringBuilder sb, List<Pt> pts) {
        for (int i = 0; i < pts.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(num(pts.get(i).x())).append(',').append(num(pts.get(i).y()));
        }
    }

    private static void style(StringBuilder sb, Style s, boolean closed) {
        Color fill = s.fill();
        sb.append(" fill=\"").append(fill == null ? "none" : Palette.hex(fill)).append("\"");
        if (fill != null && s.fillOpacity() < 1) {
            sb.append(" fill-opacity=\"").append(num(s.fillOpacity())).append("\"");
        }
        if (s.stroke() != null && s.strokeWidth() > 0) {
            sb.append(" stroke=\"").append(Palette.hex(s.stroke())).append("\" stroke-width=\"").append(num(s.strokeWidth()))
                    .append("\" stroke-linejoin=\"round\"");
            if (!closed) {
                sb.append(" stroke-linecap=\"round\"");
            }
            if (!s.dash().isEmpty()) {
                sb.append(" stroke-dasharray=\"");
                for (int i = 0; i < s.dash().size(); i++) {
                    sb.append(i == 0 ? "" : " ").append(num(s.dash().get(i)));
                }
                sb.append("\"");
            }
        }
    }

    /** A coordinate with at most two decimals and no trailing zeros. */
    static String num(double v) {
        double r = Math.round(v * 100.0) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        String s = String.format(Locale.ROOT, "%.2f", r);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}

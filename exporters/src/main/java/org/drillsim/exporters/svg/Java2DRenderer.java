package org.drillsim.exporters.svg;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.List;
import javax.imageio.ImageIO;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.font.CjkFonts;

/**
 * Renders a {@link Drawing} to a raster image with Java2D, for formats that cannot take SVG
 * (DOCX, PDF). Paints the same primitives, in the same order, as {@link SvgRenderer}.
 */
public final class Java2DRenderer {
    private Java2DRenderer() {
    }

    /** The drawing as an RGB image, {@code scale} pixels per drawing unit (2 gives print quality). */
    public static BufferedImage render(Drawing drawing, Language language, double scale) {
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("scale must be in (0, 10], got " + scale);
        }
        int w = (int) Math.ceil(drawing.width() * scale);
        int h = (int) Math.ceil(drawing.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            for (Shape s : drawing.shapes()) {
                paint(g, s, language);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The drawing as PNG bytes. */
    public static byte[] png(Drawing drawing, Language language, double scale) {
        BufferedImage img = render(drawing, language, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void paint(Graphics2D g, Shape shape, Language language) {
        if (shape instanceof Shape.Polyline p) {
            Path2D path = new Path2D.Double();
            addRing(path, p.points(), false);
            paintArea(g, path, p.style(), false);
        } else if (shape instanceof Shape.Polygon p) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<Pt> ring : p.rings()) {
                addRing(path, ring, true);
            }
            paintArea(g, path, p.style(), true);
        } else if (shape instanceof Shape.Circle c) {
            double r = c.radius();
            paintArea(g, new Ellipse2D.Double(c.centre().x() - r, c.centre().y() - r, 2 * r, 2 * r), c.style(), true);
        } else if (shape instanceof Shape.Rect r) {
            paintArea(g, new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()), r.style(), true);
        } else if (shape instanceof Shape.Label l) {
            paintLabel(g, l, language);
        } else {
            throw new IllegalStateException("unknown shape " + shape.getClass());
        }
    }

    private static void addRing(Path2D path, List<Pt> pts, boolean close) {
        path.moveTo(pts.get(0).x(), pts.get(0).y());
        for (int i = 1; i < pts.size(); i++) {
            path.lineTo(pts.get(i).x(), pts.get(i).y());
        }
        if (close) {
            path.closePath();
        }
    }

    private static void paintArea(Graphics2D g, java.awt.Shape area, Style s, boolean closed) {
        if (closed && s.fill() != null) {
            Composite before = g.getComposite();
            if (s.fillOpacity() < 1) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.fillOpacity()));
            }
            g.setColor(s.fill());
            g.fill(area);
            g.setComposite(before);
        }
        if (s.stroke() != null && s.strokeWidth() > 0) {
            g.setColor(s.stroke());
            g.setStroke(stroke(s, closed));
            g.draw(area);
        }
    }

    private static BasicStroke stroke(Style s, boolean closed) {
        int cap = closed ? BasicStroke.CAP_BUTT : BasicStroke.CAP_ROUND;
        if (s.dash().isEmpty()) {
            return new BasicStroke((float) s.strokeWidth(), cap, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[s.dash().size()];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = s.dash().get(i).floatValue();
        }
        return new BasicStroke((float) s.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static void paintLabel(Graphics2D g, Shape.Label l, Language language) {
        String text = l.text().in(language);
        if (text.isEmpty()) {
            return;
        }
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(styled(text, (float) l.size(), l.bold()).getIterator(), frc);
        double width = layout.getAdvance();
        double dx = switch (l.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform before = g.getTransform();
        g.translate(l.at().x(), l.at().y());
        if (l.rotation() != 0) {
            g.rotate(Math.toRadians(l.rotation()));
        }
        java.awt.Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(dx, 0));
        if (l.halo()) {
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (l.size() * 0.25), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(l.colour());
        g.fill(outline);
        g.setTransform(before);
    }

    /** Text with the Chinese font, falling back to the JDK sans-serif font for symbols it lacks. */
    private static AttributedString styled(String text, float size, boolean bold) {
        Font main = CjkFonts.awtFont().deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
        Font fallback = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        AttributedString as = new AttributedString(text);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean useMain = main.canDisplay(cp);
            int j = i;
            while (j < text.length()) {
                int c = text.codePointAt(j);
                if (main.canDisplay(c) != useMain) {
                    break;
                }
                j += Character.charCount(c);
            }
            as.addAttribute(TextAttribute.FONT, useMain ? main : fallback, i, j);
            i = j;
        }
        return as;
    }
}

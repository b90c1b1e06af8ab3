package org.drillsim.hazards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a hazard kind is shown, as data: its names and the fill of its zones, read by the trainer's map and legend
 * and by the {@code hazard} command's map, so both draw a zone alike.
 *
 * @param nameZh  name in Chinese, e.g. 洪水
 * @param nameEn  name in English, e.g. flood
 * @param outline colour of the footprint's outer edge
 * @param zones   zone looks from the mildest to the most severe
 * @param ramp    true: a zone's fill runs from the first to the last look by its rank in the footprint (levels that
 *                are numbers, such as flood depth bands); false: the look with the zone's level, else the first
 */
public record HazardLook(String nameZh, String nameEn, Rgba outline, List<ZoneLook> zones, boolean ramp) {

    public HazardLook {
        Objects.requireNonNull(outline, "outline");
        zones = List.copyOf(zones);
        if (zones.isEmpty()) {
            throw new IllegalArgumentException(nameEn + ": a look needs at least one zone look");
        }
    }

    /**
     * The look of one zone level.
     *
     * @param level  the zone's level ({@link HazardZone#level()}); for a ramp, a label only
     * @param nameZh legend label in Chinese
     * @param nameEn legend label in English
     * @param fill   translucent fill
     */
    public record ZoneLook(String level, String nameZh, String nameEn, Rgba fill) {
    }

    /** A zone with the fill it is drawn with. */
    public record ZoneFill(HazardZone zone, Rgba fill) {
    }

    /** A colour with opacity, each 0–255. */
    public record Rgba(int red, int green, int blue, int alpha) {

        public Rgba {
            for (int v : new int[]{red, green, blue, alpha}) {
                if (v < 0 || v > 255) {
                    throw new IllegalArgumentException("colour component " + v + " outside 0–255");
                }
            }
        }

        /** {@code #RRGGBBAA} or {@code #RRGGBB} (opaque). */
        public static Rgba hex(String s) {
            if (!s.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
                throw new IllegalArgumentException("colour '" + s + "': expected #RRGGBB or #RRGGBBAA");
            }
            int a = s.length() == 9 ? Integer.parseInt(s.substring(7, 9), 16) : 255;
            return new Rgba(Integer.parseInt(s.substring(1, 3), 16), Integer.parseInt(s.substring(3, 5), 16),
                    Integer.parseInt(s.substring(5, 7), 16), a);
        }

        /** Opacity in [0, 1]. */
        public double opacity() {
            return alpha / 255.0;
        }

        /** {@code #RRGGBBAA}. */
        public String toHex() {
            return String.format(Locale.ROOT, "#%02x%02x%02x%02x", red, green, blue, alpha);
        }

        Rgba towards(Rgba o, double f) {
            return new Rgba(mix(red, o.red, f), mix(green, o.green, f), mix(blue, o.blue, f), mix(alpha, o.alpha, f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }

    /**
     * The fills of a footprint's zones in drawing order: by intensity, mildest first, so severe zones are drawn on
     * top; zones of equal intensity keep their model order.
     */
    public List<ZoneFill> fills(List<HazardZone> footprintZones) {
        List<HazardZone> sorted = new ArrayList<>(footprintZones);
        sorted.sort(Comparator.comparingDouble(HazardZone::intensity));
        List<ZoneFill> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(new ZoneFill(sorted.get(i), fill(sorted.get(i), i, sorted.size())));
        }
        return out;
    }

    /** The fill of {@code zone}, the {@code rank}-th mildest (from 0) of the {@code bands} zones of its footprint. */
    public Rgba fill(HazardZone zone, int rank, int bands) {
        if (ramp) {
            double severity = bands <= 1 ? 1 : (double) rank / (bands - 1);
            return zones.get(0).fill().towards(zones.get(zones.size() - 1).fill(), severity);
        }
        for (ZoneLook z : zones) {
            if (z.level().equals(zone.level())) {
                return z.fill();
            }
        }
        return zones.get(0).fill();
    }
}

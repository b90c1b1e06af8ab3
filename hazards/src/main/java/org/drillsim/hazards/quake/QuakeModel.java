package org.drillsim.hazards.quake;

import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.TriageMix;
import org.drillsim.routing.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An earthquake as a footprint: from the origin time on, nested discs around the epicentre where the median PGA
 * (BSSA14, point source) is at least 0.05 g, 0.063 g, 0.079 g, 0.1 g … (steps of a tenth of a decade, the first at
 * the threshold of intensity VI). Each band's effects are those of the shaking at its geometric middle (the PGA
 * halfway in log between its bound and the next), computed once by {@link ShakingEffects}; the damage does not
 * change after the origin (no aftershocks, no fire following).
 *
 */
public final class QuakeModel implements TriageMix {

    /** Lowest band bound, g (GB/T 17742-2020: intensity VI from 0.05 g). */
    public static final double LOWEST_PGA_G = 0.05;
    /** Ratio of successive band bounds: a tenth of a decade. */
    public static final double BAND_RATIO = Math.pow(10, 0.1);
    /** BSSA14's regional attenuation for a Chinese scenario. */
    public static final Bssa14.Region REGION = Bssa14.Region.CHINA_TURKEY;
    private static final int SEGMENTS = 72;

    private final String id;
    private final double lon;
    private final double lat;
    private final double magnitude;
    private final long originMs;
    private final double vs30;
    private final Bssa14.Mechanism mechanism;
    private final double maxDistanceKm;
    private final ShakingEffects effects;
    private final List<Band> bands;
    private final List<HazardZone> zones;

    /**
     * @param id            hazard id
     * @param lon           epicentre longitude
     * @param lat           epicentre latitude
     * @param magnitude     Mw
     * @param originMs      origin time, ms from scenario start
     * @param vs30          Vs30, m/s
     * @param mechanism     fault mechanism
     * @param maxDistanceKm zones reach at most this far
     * @param effects       what each level of shaking does
     */
    public QuakeModel(String id, double lon, double lat, double magnitude, long originMs, double vs30,
                      Bssa14.Mechanism mechanism, double maxDistanceKm, ShakingEffects effects) {
        this.id = id;
        this.lon = lon;
        this.lat = lat;
        this.magnitude = magnitude;
        this.originMs = originMs;
        this.vs30 = vs30;
        this.mechanism = mechanism;
        this.maxDistanceKm = maxDistanceKm;
        this.effects = effects;
        // the same zone objects every tick, so the timeline sees one footprint after the origin
        this.bands = computeBands();
        this.zones = bands.stream().map(Band::zone).toList();
    }

    @Override
    public String id() {
        return id;
    }

    /** Mw. */
    public double magnitude() {
        return magnitude;
    }

    /** What each level of shaking does. */
    public ShakingEffects effects() {
        return effects;
    }

    /**
     * One PGA band.
     *
     * @param lowerPgaG   the band's lower bound, g (the zone's intensity)
     * @param radiusKm    the disc's radius, km
     * @param middlePgaG  the PGA its effects are computed at, g
     * @param sa10G       Sa(1.0) where the PGA is {@code middlePgaG}, g
     * @param zone        the zone
     */
    public record Band(double lowerPgaG, double radiusKm, double middlePgaG, double sa10G, HazardZone zone) {
    }

    /** Median ground motion at {@code distanceKm} from the epicentre. */
    public double median(Bssa14.Measure measure, double distanceKm) {
        return Bssa14.median(measure, magnitude, distanceKm, vs30, mechanism, REGION);
    }

    /** The bands, mildest first. */
    public List<Band> bands() {
        return bands;
    }

    private List<Band> computeBands() {
        double peak = median(Bssa14.Measure.PGA, 0);
        LocalProjection proj = new LocalProjection(lon, lat);
        GeometryFactory gf = new GeometryFactory();
        List<Band> out = new ArrayList<>();
        for (int k = 0; LOWEST_PGA_G * Math.pow(10, k / 10.0) <= peak; k++) {
            double lower = LOWEST_PGA_G * Math.pow(10, k / 10.0);
            double upper = Math.min(lower * BAND_RATIO, peak);
            double middle = Math.sqrt(lower * upper);
            double r = distanceWhere(lower);
            double rMid = distanceWhere(middle);
            double sa = median(Bssa14.Measure.SA_1_0, rMid);
            if (r <= 0) {
                break;
            }
            HazardZone z = new HazardZone(HazardKind.EARTHQUAKE, String.format(Locale.ROOT, "PGA>=%.3fg", lower),
                    lower, "g", disc(proj, gf, r * 1000), effects.at(middle, sa));
            out.add(new Band(lower, r, middle, sa, z));
        }
        return out;
    }

    /** Epicentral distance (km) where the median PGA falls to {@code pgaG}: bisection, PGA falls with distance. */
    double distanceWhere(double pgaG) {
        if (median(Bssa14.Measure.PGA, maxDistanceKm) >= pgaG) {
            return maxDistanceKm;
        }
        double lo = 0;
        double hi = maxDistanceKm;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (median(Bssa14.Measure.PGA, mid) >= pgaG) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static Polygon disc(LocalProjection proj, GeometryFactory gf, double radiusM) {
        Coordinate[] ring = new Coordinate[SEGMENTS + 1];
        for (int i = 0; i < SEGMENTS; i++) {
            double a = 2 * Math.PI * i / SEGMENTS;
            ring[i] = new Coordinate(proj.lon(radiusM * Math.sin(a)), proj.lat(radiusM * Math.cos(a)));
        }
        ring[SEGMENTS] = ring[0];
        // clockwise as built (north, east, …): reverse for a counter-clockwise shell
        return (Polygon) gf.createPolygon(ring).reverse();
    }

    @Override
    public HazardKind kind() {
        return HazardKind.EARTHQUAKE;
    }

    @Override
    public HazardFootprint footprintAt(long tMs) {
        if (tMs < 0) {
            throw new IllegalArgumentException("time must be >= 0, got " + tMs);
        }
        if (tMs < originMs) {
            return HazardFootprint.empty(id, HazardKind.EARTHQUAKE, tMs);
        }
        return new HazardFootprint(id, HazardKind.EARTHQUAKE, tMs, zones);
    }

    /**
     * Hazus severities 3, 2, 1 (as T1, T2, T3) among the injured of the innermost band containing (lon, lat), at
     * the band's middle PGA; null outside every band or where nobody is injured.
     */
    @Override
    public double[] triageSharesAt(double lon, double lat) {
        org.locationtech.jts.geom.Point p = new GeometryFactory().createPoint(new Coordinate(lon, lat));
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band b = bands.get(i);
            if (b.zone().polygon().covers(p)) {
                double[] sev = effects.severityShares(b.middlePgaG());
                double injured = sev[0] + sev[1] + sev[2];
                return injured > 0 ? new double[] {sev[2] / injured, sev[1] / injured, sev[0] / injured} : null;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "QuakeModel[%s M%.1f at %.4f,%.4f, %d bands]", id, magnitude, lon, lat, bands.size());
    }
}

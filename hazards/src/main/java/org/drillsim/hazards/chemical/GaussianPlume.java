package org.drillsim.hazards.chemical;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.routing.LocalProjection;
import org.drillsim.hazards.Check;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.FootprintCache;
import org.drillsim.hazards.DoseHazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Continuous toxic gas release: the Gaussian plume with ground reflection (Turner 1970; Hanna, Briggs
 * &amp; Hosker 1982), with Briggs (1973) or Pasquill–Gifford dispersion coefficients, under stepwise
 * weather; threat zones for the chemical's 60-min AEGL-1/2/3.
 *
 * <pre>
 *  C(x, y, z) = Q / (2π u σy σz) · exp(−y² / 2σy²) · [exp(−(z − H)² / 2σz²) + exp(−(z + H)² / 2σz²)]
 *  ground level (z = 0):  C(x, y, 0) = Q / (π u σy σz) · exp(−y² / 2σy²) · exp(−H² / 2σz²)
 *  threat-zone half-width where C(x, 0, 0) ≥ C*:   y*(x) = σy(x) · √(2 ln(C(x, 0, 0) / C*))
 * </pre>
 * Q g/s, u wind speed m/s, H effective release height m, x downwind and y crosswind distance m.
 *
 * <p>Time: the model is quasi-steady. At time t the plume lies along the current wind direction with
 * the current stability and speed; material released at t0 has travelled ∫u dt, which bounds the plume's
 * leading edge; after the release stops at ts the trailing edge moves downwind by ∫_{ts}^{t} u dt, so the
 * zones detach from the source and leave. Limits: no plume meander or curved trajectories when the wind
 * turns (the whole plume swings at once); no dense-gas slumping (chlorine and large ammonia releases
 * are heavier than air near the source: the Gaussian plume underestimates concentrations there and
 * overestimates spread width — use it for drill-scale zones, not for design); flat terrain; no
 * deposition, decay or inversion lid; u ≥ 1 m/s. Concentrations are compared with the 60-min AEGL,
 * i.e. exposure for about an hour is assumed.
 */
public final class GaussianPlume implements DoseHazard {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double MIN_X_M = 10;
    private static final int SAMPLES = 160;
    /** Local clock time at T+0 when the scenario does not say: noon. */
    public static final double DEFAULT_LOCAL_HOUR_AT_START = 12.0;

    private final PlumeParams params;
    private final Chemical chemical;
    private final LocalProjection projection;
    private final FootprintCache cache = new FootprintCache();
    private final double localHourAtStart;
    /** The stated weather the periods were derived from; null when the periods were given directly. */
    private final PlumeMeteo meteo;
    /** Start of each weather period and the air's travel from the first period's start to it, m (prefix sums). */
    private final long[] periodFromMs;
    private final double[] travelToPeriodM;
    /** Release temperature, K, for the dense-gas criterion; NaN = neutral Gaussian only. */
    private final double releaseTemperatureK;
    /** Per weather period: the dense-gas model where the release is dense, else null. */
    private final BritterMcQuaid[] dense;
    /** Per dense period: where the workbook's range ends, m. */
    private final double[] transitionM;

    /**
     * A release in a scenario starting at noon local time.
     *
     * @throws IllegalArgumentException when the chemical is not in the {@link ChemicalTable}
     */
    public GaussianPlume(PlumeParams params) {
        this(params, DEFAULT_LOCAL_HOUR_AT_START);
    }

    /**
     * @param localHourAtStart local clock time at T+0, hours (decides who is indoors; see {@link Occupancy})
     * @throws IllegalArgumentException when the chemical is not in the {@link ChemicalTable}
     */
    public GaussianPlume(PlumeParams params, double localHourAtStart) {
        this(params, localHourAtStart, null);
    }

    /**
     * A release whose weather periods were derived from {@code meteo} (hour-by-hour stability): injects that change
     * the wind or the cloud derive them again.
     *
     * @param meteo the stated weather, or null when {@code params.weather()} is all there is
     */
    public GaussianPlume(PlumeParams params, double localHourAtStart, PlumeMeteo meteo) {
        this(params, localHourAtStart, meteo, Double.NaN);
    }

    /**
     * A release whose gas leaves at {@code releaseTemperatureK}: where it is dense by the Britter–McQuaid criterion
     * (per weather period, the wind speed decides) the axis concentration comes from the workbook correlations
     * ({@link BritterMcQuaid}) out to the end of their range, then from a ground-level Gaussian plume that starts
     * with the dense cloud's width and carries the same release rate at the same concentration there.
     *
     * @param releaseTemperatureK temperature of the released gas, K (its density at 1 atm); NaN = neutral only
     */
    public GaussianPlume(PlumeParams params, double localHourAtStart, PlumeMeteo meteo, double releaseTemperatureK) {
        this.meteo = meteo;
        this.releaseTemperatureK = releaseTemperatureK;
        List<PlumeWeather> ws = params.weather();
        periodFromMs = new long[ws.size()];
        travelToPeriodM = new double[ws.size()];
        for (int i = 0; i < ws.size(); i++) {
            periodFromMs[i] = ws.get(i).fromMs();
            travelToPeriodM[i] = i == 0 ? 0 : travelToPeriodM[i - 1]
                    + ws.get(i - 1).windSpeedMs() * (periodFromMs[i] - periodFromMs[i - 1]) / 1000.0;
        }
        if (!(localHourAtStart >= 0 && localHourAtStart <= 24)) {
            throw new IllegalArgumentException("plume " + params.id() + ".localHourAtStart must be in [0, 24], got "
                    + localHourAtStart);
        }
        this.localHourAtStart = localHourAtStart;
        this.params = params;
        try {
            this.chemical = ChemicalTable.get(params.chemical());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plume " + params.id() + ".chemical: " + e.getMessage(), e);
        }
        this.projection = new LocalProjection(params.sourceLon(), params.sourceLat());
        dense = new BritterMcQuaid[ws.size()];
        transitionM = new double[ws.size()];
        if (!Double.isNaN(releaseTemperatureK)) {
            double rho0 = AIR_PRESSURE_PA * chemical.molecularWeight() / 1000 / (GAS_CONSTANT * releaseTemperatureK);
            double q0 = params.releaseRateGs() / 1000 / rho0;
            for (int i = 0; i < ws.size(); i++) {
                BritterMcQuaid bm = new BritterMcQuaid(q0, rho0, AIR_DENSITY, ws.get(i).windSpeedMs(),
                        releaseTemperatureK, AIR_TEMPERATURE_K);
                if (bm.dense() && params.releaseHeightM() <= DENSE_MAX_HEIGHT_M) {
                    dense[i] = bm;
                    transitionM[i] = bm.lastCurveDistanceM();
                }
            }
        }
    }

    /** Standard atmosphere at 15 °C (the dense-gas model's air; the drill has no air temperature). */
    static final double AIR_PRESSURE_PA = 101_325;
    static final double AIR_TEMPERATURE_K = 288.15;
    static final double AIR_DENSITY = 1.225;
    private static final double GAS_CONSTANT = 8.314462618;
    /** The workbook is for ground-level releases: above this height the Gaussian plume is used. */
    static final double DENSE_MAX_HEIGHT_M = 5;

    private double gaussianAxisGm3(double xM, PlumeWeather w) {
        return gaussianAxisGm3(xM, w, params.releaseHeightM());
    }

    private double gaussianAxisGm3(double xM, PlumeWeather w, double heightM) {
        double sy = DispersionCoefficients.sigmaY(params.setting(), w.stability(), xM);
        double sz = DispersionCoefficients.sigmaZ(params.setting(), w.stability(), xM);
        return concentrationGm3(params.releaseRateGs(), w.windSpeedMs(), sy, sz, 0, 0, heightM);
    }

    /**
     * Which dispersion model plays the plume at {@code tMs}: "britter-mcquaid" (dense gas near the source, Gaussian
     * beyond the workbook's range) or "gaussian".
     */
    public String dispersionModelAt(long tMs) {
        return dense[periodIndex(tMs)] != null ? "britter-mcquaid" : "gaussian";
    }

    /** The Britter–McQuaid criterion (g0' q0 / D)^(1/3) / u at {@code tMs}; NaN when no release temperature is known. */
    public double denseCriterionAt(long tMs) {
        if (Double.isNaN(releaseTemperatureK)) {
            return Double.NaN;
        }
        double rho0 = AIR_PRESSURE_PA * chemical.molecularWeight() / 1000 / (GAS_CONSTANT * releaseTemperatureK);
        return new BritterMcQuaid(params.releaseRateGs() / 1000 / rho0, rho0, AIR_DENSITY,
                params.weather().get(periodIndex(tMs)).windSpeedMs(), releaseTemperatureK, AIR_TEMPERATURE_K).criterion();
    }

    public PlumeParams params() {
        return params;
    }

    public Chemical chemical() {
        return chemical;
    }

    @Override
    public String id() {
        return params.id();
    }

    @Override
    public HazardKind kind() {
        return HazardKind.CHEMICAL;
    }

    /** The same release stopped at {@code stopMs} (a hazmat team seals the leak); a new model. */
    public GaussianPlume withReleaseStop(long stopMs) {
        return new GaussianPlume(params.withReleaseStop(stopMs), localHourAtStart, meteo, releaseTemperatureK);
    }

    /** The stated weather behind the periods, or null when the periods were given directly. */
    public PlumeMeteo meteo() {
        return meteo;
    }

    /**
     * The release under a new wind (and cloud) from {@code atMs} on: with stated weather the hourly stability is
     * derived again from the new wind and cloud; otherwise the class in force at {@code atMs} is kept.
     *
     * @param cloudTenths new total cloud cover, tenths; null = unchanged
     */
    public GaussianPlume withWind(long atMs, double speedMs, double fromDeg, Double cloudTenths) {
        double speed = Math.max(1.0, speedMs); // Gaussian plume limit
        if (meteo == null) {
            return withWeatherFrom(new PlumeWeather(atMs, speed, fromDeg, params.weatherAt(atMs).stability()));
        }
        PlumeMeteo.Observation now = meteo.observationAt(atMs);
        PlumeMeteo m = meteo.withObservationFrom(new PlumeMeteo.Observation(atMs, speed, fromDeg,
                cloudTenths == null ? now.cloudTenths() : cloudTenths, now.ceilingM()));
        return new GaussianPlume(params.withWeather(m.periods()), localHourAtStart, m, releaseTemperatureK);
    }

    /** The same release under new weather from {@code w.fromMs()} on; see {@link PlumeParams#withWeatherFrom}. */
    public GaussianPlume withWeatherFrom(PlumeWeather w) {
        return new GaussianPlume(params.withWeatherFrom(w), localHourAtStart, null, releaseTemperatureK);
    }

    /**
     * Gaussian plume concentration with ground reflection, g/m³.
     *
     * @param qGs    emission rate, g/s
     * @param uMs    wind speed, m/s
     * @param sigmaY σy, m
     * @param sigmaZ σz, m
     * @param yM     crosswind distance from the axis, m
     * @param zM     receptor height, m
     * @param hM     effective release height, m
     */
    public static double concentrationGm3(double qGs, double uMs, double sigmaY, double sigmaZ, double yM, double zM,
                                          double hM) {
        double lateral = Math.exp(-yM * yM / (2 * sigmaY * sigmaY));
        double vertical = Math.exp(-(zM - hM) * (zM - hM) / (2 * sigmaZ * sigmaZ))
                + Math.exp(-(zM + hM) * (zM + hM) / (2 * sigmaZ * sigmaZ));
        return qGs / (2 * Math.PI * uMs * sigmaY * sigmaZ) * lateral * vertical;
    }

    /** Ground-level concentration (g/m³) at (x, y) metres downwind/crosswind for the given weather. */
    public double groundConcentrationGm3(double xM, double yM, PlumeWeather w) {
        if (xM <= 0) {
            return 0;
        }
        double sy = sigmaYM(xM, w);
        return axisConcentrationGm3(xM, w) * Math.exp(-yM * yM / (2 * sy * sy));
    }

    /** Ground-level axis concentration, g/m³: dense-gas workbook, or Gaussian (continued from the dense cloud beyond it). */
    private double axisConcentrationGm3(double xM, PlumeWeather w) {
        int i = periodOf(w);
        if (i >= 0 && dense[i] != null) {
            if (xM < transitionM[i]) {
                return chemical.ppmToMgM3(dense[i].volumeFractionAt(xM) * 1e6) / 1000;
            }
            // the slumped cloud lies on the ground: a ground-level neutral plume that starts with the dense cloud's
            // width and the depth that carries the release rate at the hand-over concentration (mass flux kept)
            double[] s = continuedSigmas(i, xM, w);
            return params.releaseRateGs() / (Math.PI * w.windSpeedMs() * s[0] * s[1]);
        }
        return gaussianAxisGm3(xM, w);
    }

    /** σy at {@code xM}: the dense plume's top-hat width as an equal-area Gaussian, or the dispersion curves. */
    private double sigmaYM(double xM, PlumeWeather w) {
        int i = periodOf(w);
        if (i >= 0 && dense[i] != null) {
            if (xM < transitionM[i]) {
                return 2 * dense[i].halfWidthM(xM) / Math.sqrt(2 * Math.PI);
            }
            return continuedSigmas(i, xM, w)[0];
        }
        return DispersionCoefficients.sigmaY(params.setting(), w.stability(), xM);
    }

    /**
     * σy, σz beyond the dense range: those at the hand-over (σy of the dense cloud's width, σz from Q = π u σy σz C
     * there) combined in quadrature with the dispersion curves' growth since.
     */
    private double[] continuedSigmas(int i, double xM, PlumeWeather w) {
        double xt = transitionM[i];
        double syT = 2 * dense[i].halfWidthM(xt) / Math.sqrt(2 * Math.PI);
        double cT = chemical.ppmToMgM3(dense[i].volumeFractionAt(xt * (1 - 1e-9)) * 1e6) / 1000;
        double szT = params.releaseRateGs() / (Math.PI * w.windSpeedMs() * syT * cT);
        double dx = Math.max(xM - xt, 1e-6);
        double sy = Math.hypot(syT, DispersionCoefficients.sigmaY(params.setting(), w.stability(), dx));
        double sz = Math.hypot(szT, DispersionCoefficients.sigmaZ(params.setting(), w.stability(), dx));
        return new double[] {sy, sz};
    }

    /** Index of the period {@code w} is (by identity, then by start); -1 for weather not of this release. */
    private int periodOf(PlumeWeather w) {
        int i = periodIndex(w.fromMs());
        return i < params.weather().size() && params.weather().get(i) == w ? i
                : (i < params.weather().size() && params.weather().get(i).equals(w) ? i : -1);
    }

    /** Ground-level concentration in ppm at (lon, lat) and time t; 0 where the plume is not (yet) present. */
    public double concentrationPpm(double lon, double lat, long tMs) {
        double[] extent = extentM(tMs);
        if (extent == null) {
            return 0;
        }
        PlumeWeather w = params.weather().get(periodIndex(tMs));
        double to = Math.toRadians((w.windFromDeg() + 180) % 360);
        double ex = projection.x(lon);
        double ny = projection.y(lat);
        double x = ex * Math.sin(to) + ny * Math.cos(to);
        double y = ex * Math.cos(to) - ny * Math.sin(to);
        if (x < extent[0] || x > extent[1]) {
            return 0;
        }
        return chemical.mgM3ToPpm(groundConcentrationGm3(x, y, w) * 1000.0);
    }

    /**
     * The exposure history at (lon, lat) from time 0, for the lethality probit: outdoors, and indoors in buildings
     * with {@code airChangesPerHour}.
     *
     * @throws IllegalArgumentException when the chemical has no probit
     */
    public PlumeExposure exposureAt(double lon, double lat, double airChangesPerHour) {
        return new PlumeExposure(this, lon, lat, airChangesPerHour);
    }

    /** The exposure history at (lon, lat) with {@link ShelterInPlace#DEFAULT_AIR_CHANGES_PER_HOUR}. */
    @Override
    public PlumeExposure exposureAt(double lon, double lat) {
        return exposureAt(lon, lat, ShelterInPlace.DEFAULT_AIR_CHANGES_PER_HOUR);
    }

    /** Share of people indoors at simulated time {@code tMs}, by the local clock ({@link Occupancy}). */
    public double indoorShareAt(long tMs) {
        return Occupancy.indoorShare(localHourAtStart + tMs / 3_600_000.0);
    }

    /**
     * Downwind distance travelled by air between two times under the stepwise wind, m (∫u dt).
     */
    public double travelDistanceM(long fromMs, long toMs) {
        if (toMs <= fromMs) {
            return 0;
        }
        return travelFromFirstM(toMs) - travelFromFirstM(fromMs);
    }

    /** ∫u dt from the first period's start to {@code tMs} (the first period's wind before it), m. */
    private double travelFromFirstM(long tMs) {
        int i = periodIndex(tMs);
        return travelToPeriodM[i] + params.weather().get(i).windSpeedMs() * (tMs - periodFromMs[i]) / 1000.0;
    }

    /** Index of the period in force at {@code tMs} (the first one before it starts). */
    private int periodIndex(long tMs) {
        int k = java.util.Arrays.binarySearch(periodFromMs, tMs);
        return k >= 0 ? k : Math.max(0, -k - 2);
    }

    /** [trailing, leading] downwind distance of the plume at t, m; null when there is no plume. */
    private double[] extentM(long tMs) {
        if (tMs <= params.releaseStartMs()) {
            return null;
        }
        double head = Math.min(params.maxDistanceM(), travelDistanceM(params.releaseStartMs(), tMs));
        Long stop = params.releaseStopMs();
        double tail = stop != null && tMs > stop ? travelDistanceM(stop, tMs) : 0;
        if (tail >= head) {
            return null;
        }
        return new double[] {Math.max(tail, 0), head};
    }

    @Override
    public HazardFootprint footprintAt(long tMs) {
        Check.time("t", tMs);
        return cache.get(tMs, this::compute);
    }

    private HazardFootprint compute(long tMs) {
        double[] extent = extentM(tMs);
        if (extent == null) {
            return HazardFootprint.empty(id(), kind(), tMs);
        }
        PlumeWeather w = params.weather().get(periodIndex(tMs));
        List<HazardZone> zones = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            double ppm = chemical.aeglPpm(level);
            double thresholdGm3 = chemical.ppmToMgM3(ppm) / 1000.0;
            Geometry zone = zonePolygon(extent[0], extent[1], thresholdGm3, w);
            if (zone != null && !zone.isEmpty()) {
                zones.add(new HazardZone(HazardKind.CHEMICAL, "AEGL-" + level, ppm, "ppm", zone));
            }
        }
        return new HazardFootprint(id(), kind(), tMs, zones);
    }

    /** The area where the ground-level concentration is at least {@code threshold}, WGS84; null if none. */
    private Geometry zonePolygon(double xFrom, double xTo, double thresholdGm3, PlumeWeather w) {
        double x0 = Math.max(xFrom, MIN_X_M);
        if (xTo <= x0) {
            return null;
        }
        // Log-spaced stations resolve the narrow near-source part and the long tail alike.
        double[] xs = new double[SAMPLES + 1];
        double ratio = Math.log(xTo / x0);
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = x0 * Math.exp(ratio * i / SAMPLES);
        }
        List<Polygon> parts = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= SAMPLES; i++) {
            double half = halfWidth(xs[i], thresholdGm3, w);
            if (half > 0) {
                if (run.isEmpty() && i > 0) {
                    // Start of the zone lies between the previous station and this one.
                    run.add(new double[] {edge(xs[i - 1], xs[i], thresholdGm3, w), 0});
                }
                run.add(new double[] {xs[i], half});
            } else if (!run.isEmpty()) {
                run.add(new double[] {edge(xs[i], xs[i - 1], thresholdGm3, w), 0});
                parts.add(toPolygon(run, w));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            parts.add(toPolygon(run, w));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : GF.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    private double halfWidth(double x, double thresholdGm3, PlumeWeather w) {
        double c0 = groundConcentrationGm3(x, 0, w);
        if (c0 <= thresholdGm3) {
            return 0;
        }
        return sigmaYM(x, w) * Math.sqrt(2 * Math.log(c0 / thresholdGm3));
    }

    /** Bisection for the distance between {@code outside} and {@code inside} where C(x,0,0) = threshold. */
    private double edge(double outside, double inside, double thresholdGm3, PlumeWeather w) {
        double a = outside;
        double b = inside;
        for (int k = 0; k < 40; k++) {
            double m = 0.5 * (a + b);
            if (groundConcentrationGm3(m, 0, w) > thresholdGm3) {
                b = m;
            } else {
                a = m;
            }
        }
        return 0.5 * (a + b);
    }

    private Polygon toPolygon(List<double[]> run, PlumeWeather w) {
        double to = Math.toRadians((w.windFromDeg() + 180) % 360);
        double dx = Math.sin(to);
        double dy = Math.cos(to);
        double cx = Math.cos(to);
        double cy = -Math.sin(to);
        List<Coordinate> ring = new ArrayList<>();
        for (double[] p : run) {
            ring.add(lonLat(p[0] * dx + p[1] * cx, p[0] * dy + p[1] * cy));
        }
        for (int i = run.size() - 1; i >= 0; i--) {
            double[] p = run.get(i);
            if (p[1] > 0) {
                ring.add(lonLat(p[0] * dx - p[1] * cx, p[0] * dy - p[1] * cy));
            }
        }
        ring.add(new Coordinate(ring.get(0)));
        if (ring.size() < 4) {
            // Degenerate sliver: widen by a metre so the polygon is valid.
            double[] p = run.get(0);
            ring = new ArrayList<>(List.of(lonLat(p[0] * dx + cx, p[0] * dy + cy),
                    lonLat((p[0] + 1) * dx, (p[0] + 1) * dy), lonLat(p[0] * dx - cx, p[0] * dy - cy)));
            ring.add(new Coordinate(ring.get(0)));
        }
        return GF.createPolygon(ring.toArray(new Coordinate[0]));
    }

    private Coordinate lonLat(double east, double north) {
        return new Coordinate(projection.lon(east), projection.lat(north));
    }

    /**
     * The dispersion model of each weather period during the release's first 24 h (dense-gas criterion stated), and
     * the stability classes hour by hour when they were derived from the weather.
     */
    @Override
    public List<String> modelNotes() {
        List<String> out = new ArrayList<>();
        long from = params.releaseStartMs();
        long to = params.releaseStopMs() == null ? from + 24 * 3_600_000L : Math.min(params.releaseStopMs(), from + 24 * 3_600_000L);
        StringBuilder models = new StringBuilder();
        StringBuilder classes = new StringBuilder();
        String lastModel = null;
        for (int i = periodIndex(from); i < params.weather().size() && params.weather().get(i).fromMs() < Math.max(to, from + 1); i++) {
            PlumeWeather w = params.weather().get(i);
            long at = Math.max(from, w.fromMs());
            String model = dense[i] != null
                    ? String.format(Locale.ROOT, "Britter–McQuaid dense gas to %.0f m, Gaussian beyond (criterion %.2f ≥ 0.15, %.0f m/s)",
                    transitionM[i], denseCriterionAt(at), w.windSpeedMs())
                    : Double.isNaN(releaseTemperatureK) ? "Gaussian"
                    : String.format(Locale.ROOT, "Gaussian (criterion %.2f < 0.15, %.0f m/s)", denseCriterionAt(at), w.windSpeedMs());
            if (!model.equals(lastModel)) {
                models.append(models.length() == 0 ? "" : "; ").append(clock(at)).append(' ').append(model);
                lastModel = model;
            }
            classes.append(classes.length() == 0 ? "" : ", ").append(clock(at)).append(' ').append(w.stability());
        }
        out.add(id() + " 扩散模型 / dispersion (" + chemical.id() + String.format(Locale.ROOT, ", %.1f kg/s", params.releaseRateGs() / 1000)
                + (params.releaseStopMs() == null ? "" : ", release ends " + clock(params.releaseStopMs())) + "): " + models);
        if (meteo != null && meteo.fixedStability() == null) {
            out.add(id() + " 大气稳定度逐时推算（Turner 法）/ stability hour by hour from wind, sun and cloud (Turner): " + classes);
        }
        return out;
    }

    private static String clock(long tMs) {
        long min = tMs / 60_000L;
        return String.format(Locale.ROOT, "T+%d:%02d", min / 60, min % 60);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GaussianPlume[%s %s Q=%.1f g/s H=%.1f m %s]", id(), chemical.id(),
                params.releaseRateGs(), params.releaseHeightM(), dispersionModelAt(params.releaseStartMs()));
    }
}

package org.drillsim.hazards.check;

import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.Probit;
import org.drillsim.hazards.chemical.BritterMcQuaid;
import org.drillsim.hazards.chemical.Chemical;
import org.drillsim.hazards.chemical.ChemicalTable;
import org.drillsim.hazards.chemical.DispersionCoefficients;
import org.drillsim.hazards.chemical.DispersionSetting;
import org.drillsim.hazards.chemical.GaussianPlume;
import org.drillsim.hazards.chemical.SolarPosition;
import org.drillsim.hazards.chemical.SourceTerm;
import org.drillsim.hazards.chemical.Stability;
import org.drillsim.hazards.chemical.TurnerStability;
import org.drillsim.hazards.fire.Canopy;
import org.drillsim.hazards.fire.FuelModel;
import org.drillsim.hazards.fire.FuelModels;
import org.drillsim.hazards.fire.FuelMoisture;
import org.drillsim.hazards.fire.Rothermel;
import org.drillsim.hazards.fire.SpreadResult;
import org.drillsim.hazards.quake.BridgeClass;
import org.drillsim.hazards.quake.Bssa14;
import org.drillsim.hazards.quake.BuildingType;
import org.drillsim.hazards.quake.DamageState;
import org.drillsim.hazards.fire.WindAdjustment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every hazard model against its published reference values: the cases of {@code /hazard/reference-cases.csv},
 * each evaluated with the production code. {@code drillsim check-models} prints the result and
 * {@code ModelChecksTest} asserts that none fails, so the file is the single copy of the reference values.
 *
 * <p>Models known here (inputs in brackets):
 * <ul>
 *   <li>{@code pg-sigma-y}, {@code pg-sigma-z} — Pasquill–Gifford σ in m (class, x_m)</li>
 *   <li>{@code plume-centreline} — ground-level axis concentration of the Gaussian plume with ground reflection,
 *       Pasquill–Gifford σ, g/m³ (q_gs, u_ms, h_m, class, x_m)</li>
 *   <li>{@code probit-to-fraction} — P = Φ(Y − 5) (probit)</li>
 *   <li>{@code toxic-lc50} — the constant concentration, ppm, that the chemical's lethality probit makes 50 %
 *       fatal over the given exposure (chemical, minutes)</li>
 *   <li>{@code solar-declination} — apparent solar declination, degrees (jd); {@code solar-elevation} — geometric
 *       solar elevation, degrees (lat, lon east positive, utc as yyyy-MM-ddTHH:mm:ss)</li>
 *   <li>{@code turner-nri} — Turner's net radiation index (night 0/1, altitude_deg, cloud_tenths, ceiling_m);
 *       {@code turner-class} — Turner's stability class number 1 = A … 7 = G (wind_ms, nri)</li>
 *   <li>{@code liquid-discharge-kgs}, {@code gas-discharge-kgs} — release rate through a hole, kg/s
 *       ({@link SourceTerm}); {@code choked-pressure-ratio} — the downstream/upstream ratio below which gas chokes</li>
 *   <li>{@code bm-plume-distance-m} — Britter–McQuaid continuous plume: distance to a volume fraction (q0_m3s,
 *       rho0, rhoa, u_ms, t0_k, ta_k, c); {@code bm-curve-beta} — a workbook curve's β (ratio, alpha);
 *       {@code bm-near-field} — Cm/C0 of the near-field correlation (x_over_d)</li>
 *   <li>{@code flood-mortality} — Jonkman et al. (2008) remaining-zone mortality (depth_m)</li>
 *   <li>{@code flood-mortality-zone} — Jonkman et al. (2008) mortality in the zone the point falls in: breach,
 *       rapidly rising or remaining (depth_m, velocity_ms, rise_m_per_h)</li>
 *   <li>{@code rothermel-ros-chph}, {@code rothermel-flame-ft} — Rothermel head rate of spread (chains/h) and
 *       Byram flame length (ft) at Anderson's (1982) standard conditions: 8 % dead, 100 % live fuel moisture, no
 *       slope (fuel, wind_mph midflame)</li>
 *   <li>{@code bssa14-median} — BSSA14 median, g (PGV cm/s) (measure, m, rjb_km, vs30, mechanism, region)</li>
 *   <li>{@code hazus-building-exceedance}, {@code hazus-bridge-exceedance} — P(damage ≥ state) of a Hazus building
 *       type (class, code, state, pga_g) or bridge class (class, state, sa10_g)</li>
 *   <li>{@code behave-ros-chph} — head rate of spread, chains/h, from a 20-ft wind through the wind adjustment
 *       factor (fuel, m1, m10, m100, mherb, mwoody in %, u20_mph, wind_from_deg, aspect_deg downslope, slope_pct,
 *       cover_pct, canopy_ft, crown_ratio)</li>
 * </ul>
 */
public final class ModelChecks {

    /** The reference file on the class path. */
    public static final String RESOURCE = "/hazard/reference-cases.csv";

    private static final double MPH_MS = 0.44704;
    private static final double CHAIN_M = 20.1168;
    private static final double FOOT_M = 0.3048;
    private static final FuelMoisture ANDERSON_1982 = new FuelMoisture(8, 8, 8, 100, 100);

    private ModelChecks() {
    }

    /** A case with DrillSim's value. */
    public record Outcome(ReferenceCase reference, double actual) {
        public boolean passed() {
            return reference.accepts(actual);
        }
    }

    /** All outcomes, in file order. */
    public record Report(List<Outcome> outcomes) {
        public long passed() {
            return outcomes.stream().filter(Outcome::passed).count();
        }

        public long failing() {
            return outcomes.size() - passed();
        }
    }

    /** Evaluates every case of the built-in reference file. */
    public static Report run() {
        return run(load());
    }

    /** Evaluates the given cases. */
    public static Report run(List<ReferenceCase> cases) {
        List<Outcome> out = new ArrayList<>();
        for (ReferenceCase c : cases) {
            out.add(new Outcome(c, evaluate(c)));
        }
        return new Report(List.copyOf(out));
    }

    /** The built-in reference cases. */
    public static List<ReferenceCase> load() {
        try (InputStream in = ModelChecks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /**
     * Parses reference cases: CSV with the columns model, case, inputs, expected, tolerance, source; fields may be
     * double-quoted; lines starting with '#' and blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line for a malformed row
     */
    public static List<ReferenceCase> parse(Reader reader) throws IOException {
        List<ReferenceCase> cases = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String raw;
        int lineNo = 0;
        while ((raw = r.readLine()) != null) {
            lineNo++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> f = fields(raw, lineNo);
            if (f.size() != 6) {
                throw new IllegalArgumentException("line " + lineNo + ": expected 6 fields (model, case, inputs, "
                        + "expected, tolerance, source), got " + f.size());
            }
            String tol = f.get(4).strip();
            boolean relative = tol.endsWith("%");
            double tolerance = number(relative ? tol.substring(0, tol.length() - 1) : tol, "tolerance", lineNo)
                    / (relative ? 100.0 : 1.0);
            cases.add(new ReferenceCase(f.get(0).strip(), f.get(1).strip(), inputs(f.get(2), lineNo),
                    number(f.get(3).strip(), "expected", lineNo), tolerance, relative, f.get(5).strip(), lineNo));
        }
        return List.copyOf(cases);
    }

    /** DrillSim's value for a case, from the production code. */
    public static double evaluate(ReferenceCase c) {
        return switch (c.model()) {
            case "pg-sigma-y" -> DispersionCoefficients.sigmaY(DispersionSetting.PASQUILL_GIFFORD, stability(c),
                    c.number("x_m"));
            case "pg-sigma-z" -> DispersionCoefficients.sigmaZ(DispersionSetting.PASQUILL_GIFFORD, stability(c),
                    c.number("x_m"));
            case "plume-centreline" -> {
                double x = c.number("x_m");
                Stability s = stability(c);
                yield GaussianPlume.concentrationGm3(c.number("q_gs"), c.number("u_ms"),
                        DispersionCoefficients.sigmaY(DispersionSetting.PASQUILL_GIFFORD, s, x),
                        DispersionCoefficients.sigmaZ(DispersionSetting.PASQUILL_GIFFORD, s, x), 0, 0, c.number("h_m"));
            }
            case "probit-to-fraction" -> Probit.probability(c.number("probit"));
            case "toxic-lc50" -> lc50Ppm(ChemicalTable.get(c.text("chemical")), c.number("minutes"));
            case "flood-mortality" -> HazardEffects.floodMortality(c.number("depth_m"));
            case "flood-mortality-zone" -> HazardEffects.floodMortality(c.number("depth_m"),
                    HazardEffects.FloodMortalityZone.of(c.number("depth_m"), c.number("velocity_ms"),
                            c.number("rise_m_per_h")));
            case "rothermel-ros-chph" -> andersonStandard(c).headRosMs() * 3600.0 / CHAIN_M;
            case "rothermel-flame-ft" -> andersonStandard(c).headFlameLengthM() / FOOT_M;
            case "bssa14-median" -> Bssa14.median(Bssa14.Measure.parse(c.text("measure")), c.number("m"),
                    c.number("rjb_km"), c.number("vs30"), mechanism(c), region(c));
            case "hazus-building-exceedance" -> BuildingType.get(c.text("class"), c.text("code"))
                    .exceedance(DamageState.parse(c.text("state")), c.number("pga_g"));
            case "hazus-bridge-exceedance" -> BridgeClass.parse(c.text("class"))
                    .exceedance(DamageState.parse(c.text("state")), c.number("sa10_g"));
            case "solar-declination" -> SolarPosition.declinationDeg(c.number("jd"));
            case "solar-elevation" -> SolarPosition.elevationDeg(c.number("lat"), c.number("lon"),
                    LocalDateTime.parse(c.text("utc")));
            case "turner-nri" -> TurnerStability.netRadiationIndex(c.number("night") != 0, c.number("altitude_deg"),
                    c.number("cloud_tenths"), c.number("ceiling_m"));
            case "turner-class" -> TurnerStability.turnerClass(c.number("wind_ms"), (int) c.number("nri"));
            case "liquid-discharge-kgs" -> SourceTerm.liquidRateKgS(c.number("cd"), SourceTerm.holeAreaM2(c.number("d_m")),
                    c.number("rho"), c.number("gauge_pa"), c.number("head_m"));
            case "gas-discharge-kgs" -> SourceTerm.gasRateKgS(c.number("cd"), SourceTerm.holeAreaM2(c.number("d_m")),
                    c.number("p0_pa"), c.number("t_k"), c.number("mw") / 1000, c.number("gamma"), SourceTerm.ATMOSPHERE_PA);
            case "choked-pressure-ratio" -> {
                double g = c.number("gamma");
                yield 1 / Math.pow((g + 1) / 2, g / (g - 1));
            }
            case "bm-plume-distance-m" -> new BritterMcQuaid(c.number("q0_m3s"), c.number("rho0"), c.number("rhoa"),
                    c.number("u_ms"), c.number("t0_k"), c.number("ta_k")).distanceToM(c.number("c"));
            case "bm-curve-beta" -> BritterMcQuaid.curveBeta(c.number("ratio"), c.number("alpha"));
            case "bm-near-field" -> new BritterMcQuaid(1, 2, 1, 1, 1, 1).ratioAt(c.number("x_over_d"));
            case "behave-ros-chph" -> behaveSurface(c).headRosMs() * 3600.0 / CHAIN_M;
            default -> throw new IllegalArgumentException("line " + c.line() + ": unknown model '" + c.model() + "'");
        };
    }

    /** Concentration (ppm) at which a constant exposure of {@code minutes} is 50 % fatal: bisection on ln C. */
    static double lc50Ppm(Chemical chemical, double minutes) {
        if (!chemical.hasProbit()) {
            throw new IllegalArgumentException(chemical.id() + " has no lethality probit");
        }
        double lo = Math.log(1e-3);
        double hi = Math.log(1e7);
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (chemical.fatalityProbability(Math.exp(mid), minutes) < 0.5) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp(0.5 * (lo + hi));
    }

    private static SpreadResult andersonStandard(ReferenceCase c) {
        return Rothermel.spread(FuelModels.get((int) c.number("fuel")), ANDERSON_1982, c.number("wind_mph") * MPH_MS,
                90, 0, 0);
    }

    private static Bssa14.Mechanism mechanism(ReferenceCase c) {
        return Bssa14.Mechanism.valueOf(c.text("mechanism").toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Bssa14.Region region(ReferenceCase c) {
        return switch (c.text("region")) {
            case "global" -> Bssa14.Region.GLOBAL;
            case "china" -> Bssa14.Region.CHINA_TURKEY;
            case "italy-japan" -> Bssa14.Region.ITALY_JAPAN;
            default -> throw new IllegalArgumentException("line " + c.line() + ": region must be global, china or italy-japan");
        };
    }

    /**
     * A surface run as the behave library sets it up: moisture per class, a 20-ft wind, slope and aspect (the
     * downslope direction), canopy for the wind adjustment factor, wind limit on.
     */
    private static SpreadResult behaveSurface(ReferenceCase c) {
        FuelModel fuel = FuelModels.get((int) c.number("fuel"));
        FuelMoisture m = new FuelMoisture(c.number("m1"), c.number("m10"), c.number("m100"), c.number("mherb"),
                c.number("mwoody"));
        Canopy canopy = new Canopy(c.number("cover_pct") / 100, c.number("canopy_ft") * FOOT_M, c.number("crown_ratio"));
        double midflame = c.number("u20_mph") * MPH_MS * WindAdjustment.factor(fuel, canopy);
        return Rothermel.spread(fuel, m, midflame, (c.number("wind_from_deg") + 180) % 360, c.number("slope_pct"),
                (c.number("aspect_deg") + 180) % 360, true);
    }

    private static Stability stability(ReferenceCase c) {
        String s = c.text("class");
        try {
            return Stability.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + c.line() + ": class must be one of A-F, got '" + s + "'");
        }
    }

    private static Map<String, String> inputs(String text, int lineNo) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + lineNo + ": inputs must be key=value;..., got '" + part + "'");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }

    private static double number(String s, String what, int lineNo) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": " + what + " must be a number, got '" + s + "'");
        }
    }

    /** Splits one CSV line; a double-quoted field may hold commas and "" for a quote. */
    private static List<String> fields(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNo + ": unterminated quote");
        }
        out.add(cur.toString());
        return out;
    }
}

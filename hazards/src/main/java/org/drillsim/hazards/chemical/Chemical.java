package org.drillsim.hazards.chemical;

import org.drillsim.hazards.Probit;

import java.util.Objects;

/**
 * A toxic chemical with its 60-minute Acute Exposure Guideline Levels (US EPA AEGL program) and,
 * where published, a lethality probit Y = a + b·ln(Σ Cⁿ·t) with C in ppm and t in minutes
 * (Crowl &amp; Louvar, Chemical Process Safety, Table 2-5, after CCPS 1989 / Eisenberg 1975).
 * Rows come from {@code /hazard/chemicals.csv}; see {@link ChemicalTable}.
 *
 * @param id              lower-case identifier used in scenario files ("chlorine")
 * @param nameZh          Chinese name (氯气)
 * @param nameEn          English name
 * @param cas             CAS registry number
 * @param molecularWeight g/mol
 * @param aegl1Ppm        60-min AEGL-1, ppm
 * @param aegl2Ppm        60-min AEGL-2, ppm
 * @param aegl3Ppm        60-min AEGL-3, ppm
 * @param probitA         lethality probit constant a (NaN when none is published)
 * @param probitB         lethality probit slope b (NaN when none)
 * @param probitN         concentration exponent n (NaN when none)
 * @param boilingPointC   normal boiling point, °C
 * @param source          where the values come from
 */
public record Chemical(String id, String nameZh, String nameEn, String cas, double molecularWeight,
                       double aegl1Ppm, double aegl2Ppm, double aegl3Ppm,
                       double probitA, double probitB, double probitN, double boilingPointC, String source) {

    /** Molar volume of an ideal gas at 25 °C and 101.325 kPa, litres per mole (the AEGL convention). */
    public static final double MOLAR_VOLUME_L = 24.45;

    public Chemical {
        Objects.requireNonNull(id, "id");
        if (!(molecularWeight > 0)) {
            throw new IllegalArgumentException(id + ": molecular weight must be > 0, got " + molecularWeight);
        }
        if (!(aegl1Ppm > 0 && aegl1Ppm <= aegl2Ppm && aegl2Ppm <= aegl3Ppm)) {
            throw new IllegalArgumentException(id + ": AEGL values must satisfy 0 < AEGL-1 <= AEGL-2 <= AEGL-3, got "
                    + aegl1Ppm + ", " + aegl2Ppm + ", " + aegl3Ppm);
        }
    }

    /** The 60-min AEGL for level 1, 2 or 3, in ppm. */
    public double aeglPpm(int level) {
        return switch (level) {
            case 1 -> aegl1Ppm;
            case 2 -> aegl2Ppm;
            case 3 -> aegl3Ppm;
            default -> throw new IllegalArgumentException("AEGL level must be 1, 2 or 3, got " + level);
        };
    }

    /** ppm → mg/m³ at 25 °C, 1 atm: mg/m³ = ppm · MW / 24.45. */
    public double ppmToMgM3(double ppm) {
        return ppm * molecularWeight / MOLAR_VOLUME_L;
    }

    /** mg/m³ → ppm at 25 °C, 1 atm. */
    public double mgM3ToPpm(double mgM3) {
        return mgM3 * MOLAR_VOLUME_L / molecularWeight;
    }

    /** True when a lethality probit is known for this chemical. */
    public boolean hasProbit() {
        return !Double.isNaN(probitA);
    }

    /**
     * Probability of death for a constant exposure of {@code ppm} during {@code minutes}, from the
     * probit function; NaN when no probit is known.
     */
    public double fatalityProbability(double ppm, double minutes) {
        if (!hasProbit()) {
            return Double.NaN;
        }
        if (ppm <= 0 || minutes <= 0) {
            return 0;
        }
        return fatalityFromLoad(Math.pow(ppm, probitN) * minutes);
    }

    /**
     * Probability of death for a toxic load ∫Cⁿdt ({@code ppmNMin}, ppmⁿ·min; see {@link ToxicLoad}): Φ(a + b·ln L − 5);
     * NaN when no probit is known, 0 for no load.
     */
    public double fatalityFromLoad(double ppmNMin) {
        if (!hasProbit()) {
            return Double.NaN;
        }
        return ppmNMin <= 0 ? 0 : Probit.probability(probitA + probitB * Math.log(ppmNMin));
    }
}

package org.drillsim.runformat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTest {
    @Test
    void atLeastRequirementsReadTheLowerBoundForMetAndTheUpperForNotMet() {
        // the case: medical-2h 91.3 % [87.3, 95.3] against 95 %: the requirement lies inside the interval
        assertEquals(Verdict.AT_RISK, Verdict.ofShare(0.913, 0.873, 0.953, 0.95));
        assertEquals(Verdict.MET, Verdict.ofShare(0.97, 0.951, 0.989, 0.95));
        assertEquals(Verdict.MET, Verdict.ofShare(0.97, 0.95, 0.99, 0.95), "the bound on the requirement meets it");
        assertEquals(Verdict.NOT_MET, Verdict.ofShare(0.430, 0.429, 0.432, 0.95));
        // the mean above the requirement does not make it met while the lower bound is below
        assertEquals(Verdict.AT_RISK, Verdict.ofShare(0.96, 0.93, 0.99, 0.95));
        assertEquals(Verdict.MET, Verdict.of(7.91, 7.91, 7.91, ">=", 2.5));
    }

    @Test
    void atMostRequirementsReadTheUpperBoundForMetAndTheLowerForNotMet() {
        assertEquals(Verdict.MET, Verdict.of(46.3, 46.3, 46.3, "<=", 80));
        assertEquals(Verdict.AT_RISK, Verdict.of(78, 70, 90, "<=", 80));
        assertEquals(Verdict.NOT_MET, Verdict.of(95, 85, 105, "<=", 80));
        assertEquals(Verdict.AT_RISK, Verdict.of(79, 78, 80, "<", 80), "strict: 80 itself misses");
    }

    @Test
    void withoutAnIntervalTheValueDecidesAndNothingMeasuredIsNotScored() {
        assertEquals(Verdict.MET, Verdict.ofShare(0.96, Double.NaN, Double.NaN, 0.95));
        assertEquals(Verdict.NOT_MET, Verdict.ofShare(0.94, Double.NaN, Double.NaN, 0.95));
        assertEquals(Verdict.NOT_MET, Verdict.of(Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, "<=", 80));
        assertEquals(Verdict.NOT_SCORED, Verdict.ofShare(Double.NaN, Double.NaN, Double.NaN, 0.95));
    }

    @Test
    void shareBoundsAreClippedToZeroAndOne() {
        assertEquals(1.0, Verdict.clipShare(1.024));
        assertEquals(0.0, Verdict.clipShare(-0.013));
        assertEquals(0.5, Verdict.clipShare(0.5));
        assertEquals(Double.NaN, Verdict.clipShare(Double.NaN));
    }

    @Test
    void theScorecardFileReadsItsVerdictFromItsNumbers() {
        Scorecard.Target t = new Scorecard.Target("medical-2h", new Bilingual("医", "med"), Scorecard.RESPONSE_TIME, 2, "h",
                "<=", 0.95, null, true, 20, new Scorecard.Value(0.913, 0.04, 0.873, 0.953, 0.77, 1.0), false, 0.45, null,
                0, 0, 0, 0, null, null, null, null, null, null);
        assertEquals(Verdict.AT_RISK, t.verdict());
    }
}

package org.drillsim.analysis.site;

import org.drillsim.analysis.gap.TargetCheck;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteTableTest {
    private static TargetCheck check(double mean, double low, double high) {
        return new TargetCheck("medical-2h", true, 3, mean, low, high, 0.95, org.drillsim.runformat.Verdict.NOT_MET);
    }

    @Test
    void aChangeWhoseIntervalsOverlapIsWithinTheNoise() {
        // the QA case: +0.8 points with [39.5, 49.1] before and [40.2, 50.1] after at 3 replications
        assertTrue(SiteTable.withinNoise(check(0.443, 0.395, 0.491), check(0.451, 0.402, 0.501)));
        assertFalse(SiteTable.withinNoise(check(0.443, 0.395, 0.491), check(0.60, 0.55, 0.65)), "intervals apart: a real change");
        assertFalse(SiteTable.withinNoise(check(0.5, 0.4, 0.6), check(0.5, 0.4, 0.6)), "no change, nothing to say");
        assertFalse(SiteTable.withinNoise(check(0.5, Double.NaN, Double.NaN), check(0.6, Double.NaN, Double.NaN)), "one replication: no interval");
    }
}

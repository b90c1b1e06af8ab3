package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void tallyKnownAnswers() {
        Tally t = new Tally("wait");
        for (double x : new double[] {4, 8, 15, 16, 23, 42}) {
            t.add(x);
        }
        assertEquals(6, t.count());
        assertEquals(18.0, t.mean(), 1e-12);
        // sum of squared deviations = 196+100+9+4+25+576 = 910; / 5
        assertEquals(182.0, t.variance(), 1e-12);
        assertEquals(4.0, t.min());
        assertEquals(42.0, t.max());
        assertEquals(15.5, t.quantile(0.5), 1e-12);   // type 7: between 15 and 16
        assertEquals(4.0, t.quantile(0.0));
        assertEquals(42.0, t.quantile(1.0));
        assertEquals(21.25, t.quantile(0.75), 1e-12);  // h = 3.75: 16 + 0.75 * (23 - 16)
        assertThrows(IllegalArgumentException.class, () -> t.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.quantile(1.5));
        t.reset();
        assertEquals(0, t.count());
        assertTrue(Double.isNaN(t.mean()));
    }

    @Test
    void timeWeightedMeanOfAStepFunction() {
        TimeWeightedStat q = new TimeWeightedStat("queue", 0, 0);
        q.update(10, 3);   // 0 on [0,10)
        q.update(20, 1);   // 3 on [10,20)
        // 1 on [20,40)
        assertEquals((0 * 10 + 3 * 10 + 1 * 20) / 40.0, q.mean(40), 1e-12);
        assertEquals(3.0, q.max());
        q.reset(40);
        assertEquals(1.0, q.mean(50), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> q.update(30, 2));
    }

    @Test
    void studentIntervalKnownAnswer() {
        ConfidenceInterval ci = ConfidenceInterval.student(new double[] {1, 2, 3, 4, 5}, 0.95);
        // t(0.975, 4) = 2.7764451; s = sqrt(2.5)
        assertEquals(3.0, ci.mean(), 1e-12);
        assertEquals(2.7764451 * Math.sqrt(2.5) / Math.sqrt(5), ci.halfWidth(), 1e-6);
        assertTrue(ci.contains(4.9) && !ci.contains(5.0));
        assertEquals(5, ci.n());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.student(new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.student(new double[] {1, 2}, 1.0));
        assertFalse(ConfidenceInterval.student(new double[] {1, 2, 3}, 0.5).contains(1.0));
    }

    @Test
    void simTimeConversionsAndFormat() {
        assertEquals(90_000, SimTime.ofMinutes(1.5));
        assertEquals(SimTime.HOUR * 26 + SimTime.MINUTE * 30, SimTime.ofHours(26.5));
        assertEquals("T+26:30", SimTime.format(SimTime.ofHours(26.5)));
        assertEquals("T+00:00", SimTime.format(0));
        assertEquals("T+02:05:09", SimTime.formatSeconds(SimTime.ofHours(2) + SimTime.ofMinutes(5) + SimTime.ofSeconds(9)));
        assertEquals("T-00:30", SimTime.format(-SimTime.ofMinutes(30)));
        assertEquals(SimTime.DAY, SimTime.ofDays(1));
        assertEquals(1.5, SimTime.toHours(SimTime.ofMinutes(90)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SimTime.ofHours(Double.POSITIVE_INFINITY));
    }
}

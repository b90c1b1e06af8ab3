package org.drillsim.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillsim.core.RandomStreams;
import org.drillsim.core.Tally;
import org.junit.jupiter.api.Test;

/** The drawn relief service times: fixed at CV 0, lognormal around the fixed value otherwise, per named stream. */
class ReliefDurationsTest {

    @Test
    void cvZeroGivesTheFixedValues() {
        ReliefDurations d = new ReliefDurations(new RandomStreams(7)::stream, 0);
        assertEquals(3_600_000L, d.ms(ReliefDurations.SHELTER_OPENING, 3_600_000L));
        assertEquals(1.0, d.factor(ReliefDurations.FIRE_LINE));
    }

    /** 20,000 draws at CV 0.3 around 60 min: the sample mean within 1 % and the sample CV within 0.28–0.32. */
    @Test
    void drawsHaveTheFixedValueAsMeanAndTheStatedSpread() {
        ReliefDurations d = new ReliefDurations(new RandomStreams(7)::stream, ReliefRules.DURATION_CV);
        Tally t = new Tally("opening");
        for (int i = 0; i < 20_000; i++) {
            long ms = d.ms(ReliefDurations.SHELTER_OPENING, 3_600_000L);
            assertTrue(ms > 0);
            t.add(ms);
        }
        assertEquals(3_600_000.0, t.mean(), 36_000.0);
        double cv = t.standardDeviation() / t.mean();
        assertTrue(cv > 0.28 && cv < 0.32, "sample CV " + cv);
        assertEquals(0L, d.ms(ReliefDurations.ALERT, 0L), "a zero time stays zero");
    }

    /** Each purpose has its own stream: draws for one do not shift the other's sequence. */
    @Test
    void purposesUseIndependentStreams() {
        ReliefDurations a = new ReliefDurations(new RandomStreams(7)::stream, 0.3);
        ReliefDurations b = new ReliefDurations(new RandomStreams(7)::stream, 0.3);
        b.ms(ReliefDurations.TRUCK_LOADING, 1_800_000L);
        assertEquals(a.ms(ReliefDurations.ROAD_REPAIR, 14_400_000L), b.ms(ReliefDurations.ROAD_REPAIR, 14_400_000L));
        assertNotEquals(a.ms(ReliefDurations.ROAD_REPAIR, 14_400_000L),
                new ReliefDurations(new RandomStreams(8)::stream, 0.3).ms(ReliefDurations.ROAD_REPAIR, 14_400_000L));
    }

    @Test
    void negativeOrNanCvIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReliefModule(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new ReliefDurations(new RandomStreams(1)::stream, Double.NaN));
    }
}

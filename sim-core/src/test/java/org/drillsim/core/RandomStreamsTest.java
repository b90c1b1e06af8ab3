package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static double[] draw(RandomStream s, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = s.uniform();
        }
        return v;
    }

    @Test
    void drawsInOneStreamDoNotShiftAnother() {
        RandomStreams plain = new RandomStreams(99);
        double[] expected = draw(plain.stream("injuries"), 100);

        RandomStreams busy = new RandomStreams(99);
        draw(busy.stream("weather"), 12_345); // another purpose draws a lot first
        busy.stream("traffic").exponential(3);
        assertArrayEquals(expected, draw(busy.stream("injuries"), 100));
    }

    @Test
    void streamsDoNotDependOnCreationOrderAndAreReusedByName() {
        RandomStreams ab = new RandomStreams(5);
        RandomStream a1 = ab.stream("a");
        RandomStream b1 = ab.stream("b");
        RandomStreams ba = new RandomStreams(5);
        RandomStream b2 = ba.stream("b");
        RandomStream a2 = ba.stream("a");
        assertArrayEquals(draw(a1, 10), draw(a2, 10));
        assertArrayEquals(draw(b1, 10), draw(b2, 10));
        assertSame(a1, ab.stream("a"));
    }

    @Test
    void differentNamesSeedsAndReplicationsGiveDifferentStreams() {
        RandomStreams s = new RandomStreams(1);
        assertFalse(Arrays.equals(draw(s.stream("a"), 5), draw(s.stream("b"), 5)));
        assertFalse(Arrays.equals(draw(new RandomStreams(1).stream("a"), 5), draw(new RandomStreams(2).stream("a"), 5)));
        RandomStreams master = new RandomStreams(1);
        assertFalse(Arrays.equals(draw(master.forReplication(0).stream("a"), 5), draw(master.forReplication(1).stream("a"), 5)));
        assertArrayEquals(draw(master.forReplication(3).stream("a"), 5), draw(new RandomStreams(1).forReplication(3).stream("a"), 5));
        assertNotEquals(master.forReplication(0).masterSeed(), master.masterSeed());
    }

    @Test
    void distributionsHaveTheirMeans() {
        RandomStream s = new RandomStreams(2024).stream("check");
        int n = 200_000;
        assertMean(n, 4.0, 4.0 / Math.sqrt(n), () -> s.exponential(4.0));
        assertMean(n, 10.0, 2.0 / Math.sqrt(n), () -> s.normal(10.0, 2.0));
        assertMean(n, 3.0, Math.sqrt(3.0 / n), () -> s.poisson(3.0));
        assertMean(n, (1 + 2 + 6) / 3.0, Math.sqrt((1 + 4 + 36 - 2 - 6 - 12) / 18.0 / n), () -> s.triangular(1, 2, 6));
        assertMean(n, 5.0, 1.0 / Math.sqrt(n), () -> s.lognormalMeanSd(5.0, 1.0));
        assertMean(n, 2.5, (5 / Math.sqrt(12)) / Math.sqrt(n), () -> s.uniform(0, 5));
        // choice: weights 1:3 -> index 1 with probability 0.75
        assertMean(n, 0.75, Math.sqrt(0.75 * 0.25 / n), () -> s.choice(new double[] {1, 3}));
    }

    /** The sample mean lies within 4.5 standard errors of the true mean (fixed seed: deterministic). */
    private static void assertMean(int n, double mean, double standardError, java.util.function.DoubleSupplier draw) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += draw.getAsDouble();
        }
        double m = sum / n;
        assertTrue(Math.abs(m - mean) < 4.5 * standardError, "sample mean " + m + " vs " + mean);
    }

    @Test
    void invalidParametersNameTheStream() {
        RandomStream s = new RandomStreams(1).stream("travel-time");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.exponential(-1));
        assertTrue(e.getMessage().contains("travel-time") && e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.triangular(5, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> s.choice(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1).stream(""));
        assertEquals("travel-time", s.name());
    }
}

package org.drillsim.ui.map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackTest {
    private final Track track = new Track(new double[] {0, 10, 10}, new double[] {0, 0, 20}, new long[] {1000, 2000, 4000});

    @Test
    void interpolatesBetweenPointsByTime() {
        assertEquals(5.0, track.lonAt(1500), 1e-12);
        assertEquals(0.0, track.latAt(1500), 1e-12);
        assertEquals(10.0, track.lonAt(3000), 1e-12);
        assertEquals(10.0, track.latAt(3000), 1e-12);
    }

    @Test
    void staysAtEndsOutsideItsTimes() {
        assertEquals(0.0, track.lonAt(0), 0);
        assertEquals(20.0, track.latAt(99_999), 0);
        assertFalse(track.isMovingAt(500));
        assertTrue(track.isMovingAt(1000));
        assertFalse(track.isMovingAt(4000));
    }

    @Test
    void equalTimesJumpToTheLatestPoint() {
        Track jump = new Track(new double[] {0, 5, 7}, new double[] {0, 0, 0}, new long[] {0, 100, 100});
        assertEquals(7.0, jump.lonAt(100), 0);
        assertEquals(2.5, jump.lonAt(50), 1e-12);
    }

    @Test
    void rejectsDecreasingTimes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Track(new double[] {0, 1}, new double[] {0, 1}, new long[] {10, 5}));
        assertTrue(e.getMessage().contains("point 1"), e.getMessage());
    }
}

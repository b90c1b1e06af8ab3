package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class DeterminismTest {

    /** SHA-256 of the full event trace (time, priority, seq, label) of a small stochastic model with processes. */
    static String traceHash(long seed) {
        Simulation sim = new Simulation(seed);
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sim.addListener((time, priority, seq, label) ->
                md.update((time + "|" + priority + "|" + seq + "|" + label + "\n").getBytes(StandardCharsets.UTF_8)));
        Resource crews = new Resource(sim, "crews", 3);
        Store kits = new Store(sim, "kits", 20, 50);
        RandomStream calls = sim.stream("calls");
        RandomStream work = sim.stream("work");
        Runnable[] call = new Runnable[1];
        int[] n = {0};
        call[0] = () -> {
            int id = n[0]++;
            sim.process("call-" + id)
                    .seize(crews, calls.nextInt(3))
                    .get(kits, 1)
                    .delay(() -> SimTime.ofMinutes(work.exponential(25)))
                    .release(crews)
                    .start();
            if (id % 7 == 0) {
                sim.process("resupply-" + id).delay(SimTime.ofMinutes(30)).put(kits, 5).start();
            }
            if (sim.now() < SimTime.ofHours(48)) {
                sim.schedule(SimTime.ofMinutes(calls.exponential(10)), "call", call[0]);
            }
        };
        sim.schedule(0, "call", call[0]);
        sim.runUntil(SimTime.ofHours(60));
        md.update(Long.toString(sim.executedEvents()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void sameSeedGivesTheSameTraceAndAnotherSeedAnother() {
        String first = traceHash(42);
        assertEquals(first, traceHash(42));
        assertNotEquals(first, traceHash(43));
    }
}

package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drillsim.core.demo.MmcQueue;
import org.junit.jupiter.api.Test;

class ReplicationsTest {

    @Test
    void resultsComeInReplicationOrderAndAreTheSameForAnyThreadCount() {
        MmcQueue.Config config = new MmcQueue.Config(3, 0.8, 10, 100, 2_000);
        RandomStreams master = new RandomStreams(11);
        List<MmcQueue.Result> one = Replications.run(24, 1, rep -> MmcQueue.replicate(config, master.forReplication(rep)));
        List<MmcQueue.Result> four = Replications.run(24, 4, rep -> MmcQueue.replicate(config, master.forReplication(rep)));
        List<MmcQueue.Result> all = Replications.run(24, 0, rep -> MmcQueue.replicate(config, master.forReplication(rep)));
        assertEquals(one, four);
        assertEquals(one, all);
        assertEquals(24, one.size());
        assertTrue(one.stream().map(MmcQueue.Result::meanWaitMinutes).distinct().count() > 20, "replications differ");
        List<Integer> indices = Replications.run(50, 3, rep -> rep);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, indices.get(i));
        }
    }

    @Test
    void aFailingReplicationIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Replications.run(10, 2, rep -> {
            if (rep == 7) {
                throw new IllegalArgumentException("bad scenario");
            }
            return rep;
        }));
        assertTrue(e.getMessage().contains("replication 7") && e.getMessage().contains("bad scenario"), e.getMessage());
    }
}

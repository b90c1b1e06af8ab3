package org.drillsim.core.demo;

import org.drillsim.core.RandomStream;
import org.drillsim.core.RandomStreams;
import org.drillsim.core.Resource;
import org.drillsim.core.SimTime;
import org.drillsim.core.Simulation;

/**
 * The M/M/c queue written with the kernel's process style: Poisson arrivals, exponential service,
 * {@code c} servers as a {@link Resource}. It is the kernel's built-in demo and its validation
 * against the Erlang-C formulas ({@link ErlangC}).
 *
 * <p>Each replication starts empty, runs a warm-up, then measures every customer who arrives in the
 * measurement window; arrivals stop at the window's end and the queue drains, so late customers'
 * long waits are not cut off (that would bias the mean wait downwards).
 */
public final class MmcQueue {

    /**
     * @param servers            number of servers c &ge; 1
     * @param utilisation        ρ = λ / (c μ), in (0, 1)
     * @param meanServiceMinutes mean service time 1/μ in minutes
     * @param warmupServiceTimes warm-up length in mean service times (the run starts empty)
     * @param measuredCustomers  expected number of arrivals in the measurement window
     */
    public record Config(int servers, double utilisation, double meanServiceMinutes,
                         double warmupServiceTimes, long measuredCustomers) {
        /** Validates the parameters. */
        public Config {
            if (servers < 1) {
                throw new IllegalArgumentException("M/M/c: servers must be >= 1, got " + servers);
            }
            if (!(utilisation > 0 && utilisation < 1)) {
                throw new IllegalArgumentException("M/M/c: utilisation must be in (0, 1), got " + utilisation);
            }
            if (!(meanServiceMinutes > 0) || !(warmupServiceTimes >= 0) || measuredCustomers < 1) {
                throw new IllegalArgumentException("M/M/c: mean service time must be > 0, warm-up >= 0 and measured customers >= 1");
            }
        }

        /** Arrival rate λ per minute. */
        public double arrivalsPerMinute() {
            return utilisation * servers / meanServiceMinutes;
        }
    }

    /**
     * One replication's measurements over the window.
     *
     * @param meanWaitMinutes mean time in queue of the customers who arrived in the window
     * @param probWait        fraction of them who had to wait
     * @param utilisation     time-average fraction of busy servers in the window
     * @param customers       how many arrived in the window
     * @param events          events executed in the replication
     */
    public record Result(double meanWaitMinutes, double probWait, double utilisation, long customers, long events) {
    }

    private final Config config;
    private final Simulation sim;
    private final Resource servers;
    private final RandomStream arrivals;
    private final RandomStream service;
    private final long warmupEnd;
    private final long windowEnd;
    private long measured;
    private long waited;
    private double totalWaitMs;
    private double utilisation = Double.NaN;

    private MmcQueue(Config config, RandomStreams streams) {
        this.config = config;
        this.sim = new Simulation(streams);
        this.servers = new Resource(sim, "servers", config.servers());
        this.arrivals = sim.stream("arrivals");
        this.service = sim.stream("service");
        this.warmupEnd = SimTime.ofMinutes(config.warmupServiceTimes() * config.meanServiceMinutes());
        this.windowEnd = warmupEnd + SimTime.ofMinutes(config.measuredCustomers() / config.arrivalsPerMinute());
    }

    /** Runs one replication drawing from {@code streams} (use {@code RandomStreams.forReplication(r)}). */
    public static Result replicate(Config config, RandomStreams streams) {
        return new MmcQueue(config, streams).run();
    }

    private Result run() {
        sim.scheduleAt(warmupEnd, "warm-up end", servers::resetStats);
        sim.scheduleAt(windowEnd, "window end", () -> utilisation = servers.utilisation());
        scheduleNextArrival();
        sim.run();
        return new Result(SimTime.toMinutes(Math.round(totalWaitMs)) / Math.max(1, measured), measured == 0 ? Double.NaN : (double) waited / measured,
                utilisation, measured, sim.executedEvents());
    }

    private void scheduleNextArrival() {
        long gap = SimTime.ofMinutes(arrivals.exponential(1 / config.arrivalsPerMinute()));
        if (sim.now() + gap < windowEnd) {
            sim.schedule(gap, "arrival", this::arrive);
        }
    }

    private void arrive() {
        long arrivedAt = sim.now();
        boolean inWindow = arrivedAt >= warmupEnd;
        sim.process("customer")
                .seize(servers, 0)
                .then(() -> {
                    if (inWindow) {
                        long wait = sim.now() - arrivedAt;
                        measured++;
                        totalWaitMs += wait;
                        if (wait > 0) {
                            waited++;
                        }
                    }
                })
                .delay(() -> SimTime.ofMinutes(service.exponential(config.meanServiceMinutes())))
                .release(servers)
                .start();
        scheduleNextArrival();
    }
}

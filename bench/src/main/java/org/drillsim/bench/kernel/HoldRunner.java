package org.drillsim.bench.kernel;

/** One event-list implementation driven through the hold model. */
interface HoldRunner {
    /** Display name. */
    String name();

    /** Fills the event list with {@code n} pending events. */
    void setUp(int n);

    /** Executes {@code steps} hold steps (remove the earliest, schedule one new). */
    void run(long steps);

    /** Drops the event list. */
    void tearDown();
}

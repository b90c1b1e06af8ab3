package org.drillsim.ui;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;

import java.util.function.BooleanSupplier;

/** The small synthetic scenario's site, loaded once per test JVM (a few seconds). */
public final class TestSites {
    private static ScenarioSite small;
    private static ScenarioSite chlorine;

    private TestSites() {
    }

    public static synchronized ScenarioSite syntheticSmall() {
        if (small == null) {
            try {
                small = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, null);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load synthetic-small: " + e, e);
            }
        }
        return small;
    }

    /**
     * The trainer tests' scenario: the synthetic city with a chlorine leak (casualties reachable by road,
     * so trainees' dispatches work), 12 hours. From {@code src/test/resources/scenarios/synthetic-chlorine.yaml}.
     */
    public static synchronized ScenarioSite syntheticChlorine() {
        if (chlorine == null) {
            try {
                java.nio.file.Path file = java.nio.file.Path.of(TestSites.class.getResource("/scenarios/synthetic-chlorine.yaml").toURI());
                chlorine = SiteLoader.load(org.drillsim.format.io.ScenarioLoader.load(file), file.getParent(), null, null);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load synthetic-chlorine: " + e, e);
            }
        }
        return chlorine;
    }

    /** Waits (up to 20 s) until {@code condition} holds. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + what);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.TargetResult;

/**
 * One scalable resource of a scenario (ambulances, trucks, water stock, shelter capacity …): derives the site with
 * {@code k} steps of that resource added, for the capacity-gap search. Step 0 is the scenario as written.
 * Implementations are immutable and thread-safe.
 */
public interface ScenarioVariant {
    /** Stable id used in files, e.g. {@code ambulance}, {@code stock:water-litres}. */
    String id();

    /** What is added, zh / en (e.g. 救护车 / ambulances). */
    LocalizedText label();

    /** The largest number of steps the search tries (the stated cap). */
    int cap();

    /** The amount added at step {@code k}, in {@link #unit()} (e.g. k vehicles, or k·10 %). */
    double amount(int k);

    /** Unit of {@link #amount(int)}, zh / en (e.g. 辆 / vehicles, % / %). */
    LocalizedText unit();

    /** What step {@code k} adds, in words, zh / en (e.g. "+4 辆救护车（轮流分配到3个基地）"). */
    LocalizedText describe(int k);

    /**
     * Whether this resource can change the target at all in the response model (ambulances serve the medical
     * clock, trucks the supplies and living clocks …); the search skips the others.
     */
    boolean affects(TargetResult target);

    /** The site with {@code k} steps added ({@code 0 ≤ k ≤ cap()}); {@code k = 0} may return {@code base}. */
    ScenarioSite apply(ScenarioSite base, int k);
}

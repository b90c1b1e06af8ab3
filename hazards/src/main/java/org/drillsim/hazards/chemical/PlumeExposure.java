package org.drillsim.hazards.chemical;

import org.drillsim.hazards.DoseHazard;

/**
 * The exposure history at one place under a {@link GaussianPlume}: the toxic load accumulated from the start of the
 * release, advanced in time order (each call continues where the previous one stopped). The outdoor concentration is
 * taken at the middle of each step of at most {@value #STEP_MS} ms.
 */
public final class PlumeExposure implements DoseHazard.Exposure {
    static final long STEP_MS = 60_000L;

    private final GaussianPlume plume;
    private final double lon;
    private final double lat;
    private final ToxicLoad load;
    private long atMs;
    private double clockFatality;

    PlumeExposure(GaussianPlume plume, double lon, double lat, double airChangesPerHour) {
        if (!plume.chemical().hasProbit()) {
            throw new IllegalArgumentException(plume.chemical().id() + " has no lethality probit");
        }
        this.plume = plume;
        this.lon = lon;
        this.lat = lat;
        this.load = new ToxicLoad(plume.chemical().probitN(), airChangesPerHour);
    }

    /**
     * Probability of death by {@code tMs} of a person here, a share {@code indoorShare} of people being indoors.
     *
     * @throws IllegalArgumentException when {@code tMs} lies before the previous call's time
     */
    public double fatalityBy(long tMs, double indoorShare) {
        advanceTo(tMs);
        return load.fatality(plume.chemical(), indoorShare);
    }

    /**
     * Probability of death by {@code tMs} while the indoor share follows the local clock ({@link Occupancy}): each
     * step adds the rise of the indoor and the outdoor probit, weighted by the share indoors during that step, so a
     * plume that passes at night counts the night's share even when asked about at noon.
     */
    @Override
    public double fatalityBy(long tMs) {
        advanceTo(tMs);
        return Math.min(1.0, clockFatality);
    }

    /** The loads so far (read-only use). */
    public ToxicLoad load() {
        return load;
    }

    private void advanceTo(long tMs) {
        if (tMs < atMs) {
            throw new IllegalArgumentException("exposure runs forward: " + tMs + " ms is before " + atMs + " ms");
        }
        Chemical chemical = plume.chemical();
        while (atMs < tMs) {
            long step = Math.min(STEP_MS, tMs - atMs);
            long mid = atMs + step / 2;
            double in0 = chemical.fatalityFromLoad(load.indoorLoad());
            double out0 = chemical.fatalityFromLoad(load.outdoorLoad());
            load.expose(plume.concentrationPpm(lon, lat, mid), step / 60_000.0);
            double share = plume.indoorShareAt(mid);
            clockFatality += share * (chemical.fatalityFromLoad(load.indoorLoad()) - in0)
                    + (1 - share) * (chemical.fatalityFromLoad(load.outdoorLoad()) - out0);
            atMs += step;
        }
    }
}

package org.drillsim.world;

import org.drillsim.format.model.ResponsePolicy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The plan as written (预案) as an automatic policy: which {@link PlanArea}s it runs, with the scenario's
 * {@link ResponsePolicy} parameters. Each module implements its area's part of the plan by issuing commands
 * through the command bus with {@link org.drillsim.world.command.Issuer#PLAN} — exactly the commands a
 * trainee would issue — and only when {@link #isAutomatic(PlanArea)} is true for that area.
 */
public final class PlanPolicy {
    private final ResponsePolicy parameters;
    private final Set<PlanArea> automatic;

    /**
     * @param parameters the scenario's plan parameters
     * @param automatic  areas the plan runs (the others are left to trainees)
     */
    public PlanPolicy(ResponsePolicy parameters, Set<PlanArea> automatic) {
        this.parameters = parameters;
        this.automatic = automatic.isEmpty() ? EnumSet.noneOf(PlanArea.class) : EnumSet.copyOf(automatic);
    }

    /** The plan runs every area (a baseline run). */
    public static PlanPolicy full(ResponsePolicy parameters) {
        return new PlanPolicy(parameters, EnumSet.allOf(PlanArea.class));
    }

    public ResponsePolicy parameters() {
        return parameters;
    }

    /** Whether the plan runs this area automatically. */
    public boolean isAutomatic(PlanArea area) {
        return automatic.contains(area);
    }

    /** The areas run automatically. */
    public Set<PlanArea> automaticAreas() {
        return EnumSet.copyOf(automatic.isEmpty() ? EnumSet.noneOf(PlanArea.class) : automatic);
    }
}

package org.drillsim.hazards;

/**
 * What a hazard zone does to the people inside it. The fractions are per person present and
 * unprotected for the model's reference exposure (see {@link HazardEffects} for the assumptions);
 * the response model applies them, reduced by protective action, to its population grid.
 *
 * @param displaced        residents lose the use of their home and need shelter (flood, fire)
 * @param action           recommended protective action
 * @param injuryFraction   fraction of people present who are injured (need medical care)
 * @param fatalityFraction fraction of people present who die
 * @param reason           short reason for logs and reports
 */
public record PeopleEffect(boolean displaced, ProtectiveAction action, double injuryFraction,
                           double fatalityFraction, String reason) {

    /** No effect. */
    public static final PeopleEffect NONE = new PeopleEffect(false, ProtectiveAction.NONE, 0, 0, "");

    public PeopleEffect {
        if (!(injuryFraction >= 0 && injuryFraction <= 1) || !(fatalityFraction >= 0 && fatalityFraction <= 1)) {
            throw new IllegalArgumentException("fractions must be in [0, 1], got injury=" + injuryFraction
                    + " fatality=" + fatalityFraction);
        }
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        reason = reason == null ? "" : reason;
    }
}

package org.drillsim.hazards;

/**
 * What a hazard zone does to the roads inside it.
 *
 * @param closedToPublic    private cars and evacuees may not pass
 * @param closedToEmergency emergency vehicles may not pass either (a closure for everyone)
 * @param speedFactor       multiplier on free-flow speed for whoever may pass, in (0, 1]
 * @param reason            short reason for logs and reports (e.g. "flood depth 0.30 m")
 */
public record RoadEffect(boolean closedToPublic, boolean closedToEmergency, double speedFactor, String reason) {

    /** No effect. */
    public static final RoadEffect OPEN = new RoadEffect(false, false, 1.0, "");

    public RoadEffect {
        if (!(speedFactor > 0 && speedFactor <= 1)) {
            throw new IllegalArgumentException("speedFactor must be in (0, 1], got " + speedFactor);
        }
        if (closedToEmergency && !closedToPublic) {
            throw new IllegalArgumentException("a road closed to emergency vehicles is closed to the public too");
        }
        reason = reason == null ? "" : reason;
    }

    /** True when nobody may pass. */
    public boolean closed() {
        return closedToEmergency;
    }

    /** The more restrictive of the two effects, field by field. */
    public RoadEffect combine(RoadEffect other) {
        if (other == OPEN || other.equals(this)) {
            return this;
        }
        if (this == OPEN) {
            return other;
        }
        boolean pub = closedToPublic || other.closedToPublic;
        boolean emg = closedToEmergency || other.closedToEmergency;
        double f = Math.min(speedFactor, other.speedFactor);
        String why = reason.isEmpty() ? other.reason : other.reason.isEmpty() ? reason : reason + "; " + other.reason;
        return new RoadEffect(pub, emg, f, why);
    }
}

package org.drillsim.world.score;

import org.drillsim.world.DelayCause;

/**
 * Share of the late time spent under one cause.
 *
 * @param cause the cause
 * @param share fraction of the late items' time (weighted by people), 0..1
 */
public record CauseShare(DelayCause cause, double share) {
}

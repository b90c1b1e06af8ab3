package org.drillsim.scenarios.score;

import org.drillsim.scenarios.response.DelayCause;

/**
 * Share of the late time spent under one cause.
 *
 * @param cause the cause
 * @param share fraction of the late items' time (weighted by people), 0..1
 */
public record CauseShare(DelayCause cause, double share) {
}

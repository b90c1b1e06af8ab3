package org.drillsim.ui.session;

import org.drillsim.format.model.Inject;

/**
 * An inject with when it fires (scripted) or fired.
 *
 * @param inject the inject (message, expected action, effects)
 * @param timeMs simulated time it fires / fired
 * @param adHoc  fired by the controller during the drill rather than scripted in the scenario
 */
public record InjectLine(Inject inject, long timeMs, boolean adHoc) {
}

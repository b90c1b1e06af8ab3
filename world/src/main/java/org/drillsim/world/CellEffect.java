package org.drillsim.world;

import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;

/**
 * The hazards' effect on one population cell at one tick (the worst over all zones covering the cell centre).
 *
 * @param cell     cell index
 * @param hazardId hazard causing the worst effect
 * @param kind     its kind (decides the hospital capability casualties need)
 * @param effect   displacement, protective action, injury and fatality fractions
 */
public record CellEffect(int cell, String hazardId, HazardKind kind, PeopleEffect effect) {
}

package org.drillsim.relief;

import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.model.EvacuationTrigger;
import org.drillsim.world.CellEffect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's evacuation trigger on the hazards' cell effects (reasons as the hazard rules write them). */
class EvacuationRuleTest {

    private static CellEffect chemical(String level, ProtectiveAction action) {
        return new CellEffect(0, "leak", HazardKind.CHEMICAL, new PeopleEffect(false, action, 0, 0, level + " zone"));
    }

    @Test
    void aeglLevelOfThePlanDecidesChemicalEvacuation() {
        EvacuationRule level2 = new EvacuationRule(new EvacuationTrigger(null, 2, null));
        EvacuationRule level3 = new EvacuationRule(new EvacuationTrigger(null, 3, null));
        assertTrue(level2.displaces(chemical("AEGL-2", ProtectiveAction.SHELTER_IN_PLACE)), "AEGL-2 evacuated under level 2");
        assertFalse(level3.displaces(chemical("AEGL-2", ProtectiveAction.SHELTER_IN_PLACE)), "AEGL-2 shelters in place under 3");
        assertTrue(level3.displaces(chemical("AEGL-3", ProtectiveAction.EVACUATE)));
        assertFalse(level2.displaces(chemical("AEGL-1", ProtectiveAction.SHELTER_IN_PLACE)));
    }

    @Test
    void floodDepthAboveTheHazardsOwnThresholdLeavesShallowCellsAtHome() {
        EvacuationRule deep = new EvacuationRule(new EvacuationTrigger(0.5, null, null));
        CellEffect shallow = new CellEffect(0, "flood", HazardKind.FLOOD, HazardEffects.floodPeopleEffect(0.45));
        CellEffect deeper = new CellEffect(0, "flood", HazardKind.FLOOD, HazardEffects.floodPeopleEffect(0.6));
        assertFalse(deep.displaces(shallow));
        assertTrue(deep.displaces(deeper));
        assertTrue(new EvacuationRule(new EvacuationTrigger(null, null, null)).displaces(shallow), "default 0.3 m");
    }

    @Test
    void unreadableReasonFallsBackToTheHazardsFlags() {
        EvacuationRule rule = new EvacuationRule(new EvacuationTrigger(0.5, 2, null));
        assertTrue(rule.displaces(new CellEffect(0, "x", HazardKind.FLOOD,
                new PeopleEffect(true, ProtectiveAction.EVACUATE, 0, 0, "levee breach"))));
        assertFalse(rule.displaces(new CellEffect(0, "x", HazardKind.CHEMICAL,
                new PeopleEffect(false, ProtectiveAction.SHELTER_IN_PLACE, 0, 0, "smoke"))));
    }
}

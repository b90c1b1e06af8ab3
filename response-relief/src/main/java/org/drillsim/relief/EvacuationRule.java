package org.drillsim.relief;

import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.model.EvacuationTrigger;
import org.drillsim.world.CellEffect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's evacuation trigger ({@code policy.evacuationTrigger}) applied to a cell's hazard effect. People are
 * displaced wherever the hazard displaces them (flood water ≥ 0.3 m, fire) or orders them out (AEGL-3); the
 * trigger can add: chemical zones from its {@code evacuateAeglLevel} (e.g. AEGL-2) are evacuated too, and flood
 * cells shallower than its {@code floodDepthM} are left at home when it is above the hazard's own 0.3 m. The zone
 * level and depth are read from the effect's reason ("AEGL-2 zone", "flood depth 0.45 m"); when a reason does not
 * parse, the hazard's own flags decide. Fire distance: the fire model's evacuation buffer stands for it.
 */
final class EvacuationRule {
    private static final Pattern AEGL = Pattern.compile("AEGL-(\\d)");
    private static final Pattern DEPTH = Pattern.compile("flood depth ([0-9.]+) m");

    private final EvacuationTrigger trigger;

    EvacuationRule(EvacuationTrigger trigger) {
        this.trigger = trigger;
    }

    /** Whether the plan treats the people of this cell as displaced (to be evacuated). */
    boolean displaces(CellEffect ce) {
        PeopleEffect pe = ce.effect();
        boolean byHazard = pe.displaced() || pe.action() == ProtectiveAction.EVACUATE;
        if (ce.kind() == HazardKind.CHEMICAL) {
            Matcher m = AEGL.matcher(pe.reason());
            if (m.find()) {
                return Integer.parseInt(m.group(1)) >= trigger.evacuateAeglLevel();
            }
            return byHazard;
        }
        if (ce.kind() == HazardKind.FLOOD && byHazard) {
            Matcher m = DEPTH.matcher(pe.reason());
            if (m.find()) {
                return Double.parseDouble(m.group(1)) >= trigger.floodDepthM();
            }
        }
        return byHazard;
    }
}

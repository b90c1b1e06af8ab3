package org.drillsim.relief;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.TeamType;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.Facility;
import org.drillsim.world.Unit;
import org.drillsim.world.ModuleContext;

import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The teams of the relief module as units: road-repair crews, rescue teams, hazmat teams, forest firefighters
 * (from the scenario's teams, medical teams excepted — the medical chain has those) and the fleets that work as
 * teams (engineering vehicles, hazmat vehicles, boats, firefighting aircraft). A team's type names its main job;
 * what it may be sent to is decided by its capabilities (the team type adds its own, e.g. road-repair →
 * road-repair). Teams with none of these capabilities (experts, volunteers for shelter management …) get no unit.
 */
final class Crews {
    static final String ROAD_REPAIR = "road-repair";
    static final String RESCUE = "rescue-team";
    static final String HAZMAT = "hazmat-team";
    static final String FOREST_FIRE = "forest-fire-team";
    static final String AIRCRAFT = "fire-aircraft";
    private static final Set<String> TYPES = Set.of(ROAD_REPAIR, RESCUE, HAZMAT, FOREST_FIRE, AIRCRAFT);

    private final Map<Unit, Integer> headcount = new IdentityHashMap<>();
    /** Forest firefighting teams proper (team type forest-fire) and firefighting aircraft. */
    private final Set<Unit> forestSpecialists = Collections.newSetFromMap(new IdentityHashMap<>());

    Crews(ModuleContext w) {
        for (Team t : w.site().teams()) {
            if (t.type() == TeamType.MEDICAL || t.capabilities().contains(TeamCapability.MEDICAL)
                    || t.type() == TeamType.COMMUNICATIONS) {
                continue;    // medical teams and communication teams belong to their own capabilities
            }
            Set<TeamCapability> caps = t.capabilities().isEmpty() ? EnumSet.noneOf(TeamCapability.class)
                    : EnumSet.copyOf(t.capabilities());
            switch (t.type()) {
                case ROAD_REPAIR -> caps.add(TeamCapability.ROAD_REPAIR);
                case HAZMAT -> caps.add(TeamCapability.HAZMAT);
                case FOREST_FIRE -> caps.add(TeamCapability.FOREST_FIREFIGHTING);
                case WATER_RESCUE -> caps.add(TeamCapability.WATER_RESCUE);
                case FIRE_RESCUE -> {
                    caps.add(TeamCapability.SEARCH_RESCUE);
                    caps.add(TeamCapability.FIREFIGHTING);
                }
                default -> { }
            }
            String type = typeOf(caps);
            if (type == null) {
                continue;
            }
            Facility home = w.site().facility(t.home());
            for (int i = 1; i <= t.count(); i++) {
                String id = t.count() == 1 ? t.id() : t.id() + "-" + i;
                Unit u = w.units().add(new Unit(id, type, t.name(), caps, 0, 0, home.id(), home.node()));
                headcount.put(u, t.headcount());
                if (t.type() == TeamType.FOREST_FIRE) {
                    forestSpecialists.add(u);
                }
            }
        }
        for (VehicleFleet f : w.site().fleets()) {
            String type;
            TeamCapability cap;
            LocalizedText label;
            switch (f.type()) {
                case ENGINEERING -> {
                    type = ROAD_REPAIR;
                    cap = TeamCapability.ROAD_REPAIR;
                    label = new LocalizedText("工程抢险车 ", "engineering vehicle ");
                }
                case HAZMAT_VEHICLE -> {
                    type = HAZMAT;
                    cap = TeamCapability.HAZMAT;
                    label = new LocalizedText("危化品处置车 ", "hazmat vehicle ");
                }
                case BOAT -> {
                    type = RESCUE;
                    cap = TeamCapability.WATER_RESCUE;
                    label = new LocalizedText("冲锋舟 ", "rescue boat ");
                }
                case HELICOPTER -> {
                    type = AIRCRAFT;
                    cap = TeamCapability.FOREST_FIREFIGHTING;
                    label = new LocalizedText("灭火直升机 ", "firefighting helicopter ");
                }
                default -> {
                    continue;
                }
            }
            Facility base = w.site().facility(f.base());
            for (int i = 1; i <= f.count(); i++) {
                String id = f.count() == 1 ? f.id() : f.id() + "-" + i;
                Unit u = w.units().add(new Unit(id, type, new LocalizedText(label.zh() + id, label.en() + id),
                        EnumSet.of(cap), f.capacityPeople(), f.loadTonnes(), base.id(), base.node()));
                headcount.put(u, ReliefRules.crewOf(f.type()));
                if (f.type() == VehicleType.HELICOPTER) {
                    forestSpecialists.add(u);
                }
            }
        }
    }

    /** The unit type for a team with these capabilities, or null when it does none of the relief teams' jobs. */
    static String typeOf(Set<TeamCapability> caps) {
        if (caps.contains(TeamCapability.ROAD_REPAIR)) {
            return ROAD_REPAIR;
        }
        if (caps.contains(TeamCapability.HAZMAT)) {
            return HAZMAT;
        }
        if (caps.contains(TeamCapability.FOREST_FIREFIGHTING)) {
            return FOREST_FIRE;
        }
        if (caps.contains(TeamCapability.WATER_RESCUE) || caps.contains(TeamCapability.SEARCH_RESCUE)) {
            return RESCUE;
        }
        return null;
    }

    /** People in the team (crew of a vehicle); mutual-aid copies count like the first team of their type. */
    int headcount(Unit u) {
        Integer h = headcount.get(u);
        if (h != null) {
            return h;
        }
        int first = firstOfType(u.type());
        return first > 0 ? first : 1;
    }

    private int firstOfType(String type) {
        Unit first = firstUnitOfType(type);
        return first == null ? -1 : headcount.get(first);
    }

    private Unit firstUnitOfType(String type) {
        Unit best = null;
        for (Unit u : headcount.keySet()) {
            if (u.type().equals(type) && (best == null || u.id().compareTo(best.id()) < 0)) {
                best = u;
            }
        }
        return best;
    }

    /**
     * Whether the unit is a forest firefighting team proper or a firefighting aircraft (not a fire-rescue station
     * that can also fight forest fires); mutual-aid copies count like the first team of their type.
     */
    boolean isForestSpecialist(Unit u) {
        if (headcount.containsKey(u)) {
            return forestSpecialists.contains(u);
        }
        Unit first = firstUnitOfType(u.type());
        return first != null && forestSpecialists.contains(first);
    }

    /** Whether the unit is one of these teams (mutual-aid copies included). */
    boolean isCrew(Unit u) {
        return TYPES.contains(u.type());
    }
}

package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.TeamType;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.ScenarioSite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The resources of a site that the capacity-gap search can scale: every kind the scenario has at least one of
 * (a resource the scenario lacks entirely has no base to add to and is reported as absent).
 */
public final class Variants {
    /** Teams the medical module dispatches (type medical or capability medical). */
    public static final Predicate<Team> MEDICAL_TEAM =
            t -> t.type() == TeamType.MEDICAL || t.capabilities().contains(TeamCapability.MEDICAL);
    /** Road-repair crews (and not medical). */
    public static final Predicate<Team> ROAD_CREW = MEDICAL_TEAM.negate()
            .and(t -> t.type() == TeamType.ROAD_REPAIR || t.capabilities().contains(TeamCapability.ROAD_REPAIR));
    /** Forest-fire teams (and not medical). */
    public static final Predicate<Team> FOREST_FIRE_TEAM = MEDICAL_TEAM.negate()
            .and(t -> t.type() == TeamType.FOREST_FIRE || t.capabilities().contains(TeamCapability.FOREST_FIREFIGHTING));

    private Variants() {
    }

    /**
     * The variants of {@code site} in a fixed order: ambulances, medical teams, hospital beds, buses, shelter
     * capacity, trucks, stock per item, road-repair crews, forest-fire teams.
     *
     * @param absent receives a zh / en line per resource kind the scenario has none of (may be null)
     */
    public static List<ScenarioVariant> of(ScenarioSite site, GapSettings s, List<LocalizedText> absent) {
        List<ScenarioVariant> out = new ArrayList<>();
        List<LocalizedText> none = absent != null ? absent : new ArrayList<>();
        fleet(site, s, out, none, VehicleType.AMBULANCE, new LocalizedText("救护车", "ambulances"), TargetReach.MEDICAL);
        team(site, s, out, none, "medical-team", new LocalizedText("医疗救援队", "medical teams"), MEDICAL_TEAM,
                TargetReach.MEDICAL);
        if (!site.hospitals().isEmpty() && HospitalBedsVariant.totalBeds(site) > 0) {
            out.add(new HospitalBedsVariant(site, s.stepPercent(), s.percentCap()));
        } else {
            none.add(new LocalizedText("医院床位", "hospital beds"));
        }
        fleet(site, s, out, none, VehicleType.BUS, new LocalizedText("转移客车", "buses"), TargetReach.EVACUATION);
        if (!site.shelters().isEmpty()) {
            out.add(new ShelterCapacityVariant(site, s.stepPercent(), s.percentCap()));
        } else {
            none.add(new LocalizedText("避难场所", "shelters"));
        }
        fleet(site, s, out, none, VehicleType.TRUCK, new LocalizedText("物资运输车", "trucks"), TargetReach.SUPPLIES);
        for (ReliefItem item : ReliefItem.values()) {
            if (StockVariant.totalOf(site, item) > 0) {
                out.add(new StockVariant(site, item, s.stepPercent(), s.percentCap()));
            }
        }
        team(site, s, out, none, "road-repair", new LocalizedText("道路抢通队", "road-repair crews"), ROAD_CREW,
                TargetReach.ROADS);
        team(site, s, out, none, "forest-fire-team", new LocalizedText("森林消防队", "forest-fire teams"),
                FOREST_FIRE_TEAM, TargetReach.FIRE);
        if (s.only().isEmpty()) {
            return out;
        }
        List<ScenarioVariant> chosen = new ArrayList<>();
        for (String id : s.only()) {
            ScenarioVariant v = out.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown or absent resource '" + id + "'; this scenario has: "
                            + String.join(", ", out.stream().map(ScenarioVariant::id).toList())));
            chosen.add(v);
        }
        return chosen;
    }

    private static void fleet(ScenarioSite site, GapSettings s, List<ScenarioVariant> out, List<LocalizedText> none,
                              VehicleType type, LocalizedText label, TargetReach reach) {
        int n = FleetVariant.countOf(site, type);
        if (FleetVariant.fleetsOf(site, type).isEmpty()) {
            none.add(label);
            return;
        }
        out.add(new FleetVariant(type, label, reach, s.unitCap(n)));
    }

    private static void team(ScenarioSite site, GapSettings s, List<ScenarioVariant> out, List<LocalizedText> none,
                             String id, LocalizedText label, Predicate<Team> kind, TargetReach reach) {
        int n = site.teams().stream().filter(kind).mapToInt(Team::count).sum();
        if (n == 0) {
            none.add(label);
            return;
        }
        out.add(new TeamVariant(id, label, kind, reach, s.unitCap(n)));
    }
}

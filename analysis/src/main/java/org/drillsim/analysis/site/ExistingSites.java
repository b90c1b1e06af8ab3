package org.drillsim.analysis.site;

import org.drillsim.analysis.gap.Variants;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.Facility;
import org.drillsim.world.ScenarioSite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The facilities of a kind that a scenario already has (kept open by the siting). */
public final class ExistingSites {
    private ExistingSites() {
    }

    /**
     * Where first treatment starts from: the bases of ambulance fleets and the homes of medical teams, in scenario
     * order without duplicates.
     */
    public static List<String> ambulanceBaseIds(ScenarioSite site) {
        Set<String> ids = new LinkedHashSet<>();
        for (VehicleFleet f : site.fleets()) {
            if (f.type() == VehicleType.AMBULANCE && f.count() > 0) {
                ids.add(f.base());
            }
        }
        for (Team t : site.teams()) {
            if (Variants.MEDICAL_TEAM.test(t)) {
                ids.add(t.home());
            }
        }
        return new ArrayList<>(ids);
    }

    /** The existing facilities of {@code kind}, placed on the road network. */
    public static List<Facility> of(ScenarioSite site, SiteKind kind) {
        List<String> ids = new ArrayList<>();
        switch (kind) {
            case SHELTER -> site.shelters().stream().map(Shelter::id).forEach(ids::add);
            case DEPOT -> site.depots().stream().map(Depot::id).forEach(ids::add);
            case AMBULANCE_BASE -> ids.addAll(ambulanceBaseIds(site));
        }
        List<Facility> out = new ArrayList<>();
        for (String id : ids) {
            out.add(site.facility(id));
        }
        return out;
    }
}

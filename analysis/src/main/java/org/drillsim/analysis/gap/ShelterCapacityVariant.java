package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Shelter;
import org.drillsim.world.ScenarioSite;

/**
 * Enlarges every shelter's effective area and capacity in percent steps (more of each site fitted out as
 * shelter); moves the shelter clocks and the {@code shelter-area} capacity target.
 */
public final class ShelterCapacityVariant extends PercentVariant {
    /**
     * @param site        the scenario site (for the current total)
     * @param stepPercent percent added per step
     * @param cap         largest number of steps
     */
    public ShelterCapacityVariant(ScenarioSite site, int stepPercent, int cap) {
        super("shelter-capacity", new LocalizedText("避难场所容量", "shelter capacity"), new LocalizedText("人", "places"),
                site.shelters().stream().mapToLong(Shelter::capacityPeople).sum(), TargetReach.SHELTER, stepPercent, cap);
    }

    @Override
    void scale(SiteEditor e, int k) {
        for (int i = 0; i < e.shelters.size(); i++) {
            Shelter s = e.shelters.get(i);
            e.shelters.set(i, new Shelter(s.id(), s.name(), s.location(), s.osmId(), s.kind(), s.areaM2() * factor(k),
                    scaled(s.capacityPeople(), k), s.polygonLonLat()));
        }
    }
}

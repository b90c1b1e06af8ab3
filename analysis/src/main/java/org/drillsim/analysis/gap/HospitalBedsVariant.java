package org.drillsim.analysis.gap;

import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.ScenarioSite;

/** Adds free emergency beds and surge beds at every hospital, in percent steps of what each has. */
public final class HospitalBedsVariant extends PercentVariant {
    /**
     * @param site        the scenario site (for the current total)
     * @param stepPercent percent added per step
     * @param cap         largest number of steps
     */
    public HospitalBedsVariant(ScenarioSite site, int stepPercent, int cap) {
        super("hospital-beds", new LocalizedText("医院床位（含扩容）", "hospital beds (incl. surge)"),
                new LocalizedText("张", "beds"), totalBeds(site), TargetReach.MEDICAL, stepPercent, cap);
    }

    /** Beds plus surge beds over all hospitals. */
    public static long totalBeds(ScenarioSite site) {
        return site.hospitals().stream().mapToLong(h -> h.beds() + (long) h.surgeBeds()).sum();
    }

    @Override
    void scale(SiteEditor e, int k) {
        for (int i = 0; i < e.hospitals.size(); i++) {
            Hospital h = e.hospitals.get(i);
            e.hospitals.set(i, new Hospital(h.id(), h.name(), h.location(), h.osmId(), (int) scaled(h.beds(), k),
                    (int) scaled(h.surgeBeds(), k), h.capabilities()));
        }
    }
}

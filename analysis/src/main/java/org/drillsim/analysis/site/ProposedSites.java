package org.drillsim.analysis.site;

import org.drillsim.analysis.gap.SiteEditor;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.ShelterDefaults;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.ScenarioSite;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scenario site with the proposed facilities added (the existing ones unchanged), for re-simulation. What a new
 * facility brings is stated, not guessed silently:
 * <ul>
 *   <li>a shelter — its parcel's area × the scenario's usable share, and the capacity at its m² per person;</li>
 *   <li>a depot — per item the mean stock of the existing depots (new stock, not moved from them);</li>
 *   <li>an ambulance base — {@code unitsPerBase} new ambulances.</li>
 * </ul>
 */
public final class ProposedSites {
    private ProposedSites() {
    }

    /** Id of the {@code i}-th proposed site (from 1), e.g. {@code new-shelter-1}. */
    public static String id(SiteKind kind, int i) {
        return "new-" + kind.id() + "-" + i;
    }

    /**
     * Builds the site with the plan's proposals.
     *
     * @param unitsPerBase ambulances at each new ambulance base
     */
    public static ScenarioSite apply(ScenarioSite base, SitingPlan plan, int unitsPerBase) {
        SiteEditor e = new SiteEditor(base);
        SiteKind kind = plan.request().kind();
        int i = 0;
        for (SitingPlan.Proposed p : plan.proposed()) {
            i++;
            Candidate c = p.candidate();
            String id = id(kind, i);
            LocalizedText name = new LocalizedText("拟建" + kind.label().zh() + " " + i + "：" + c.name().zh(),
                    "proposed " + kind.label().en() + " " + i + ": " + c.name().en());
            GeoPoint at = new GeoPoint(c.lat(), c.lon());
            switch (kind) {
                case SHELTER -> e.shelters.add(shelter(base, id, name, at, c));
                case DEPOT -> e.depots.add(new Depot(id, name, at, meanStock(base.depots())));
                case AMBULANCE_BASE -> {
                    e.other(id, name, c.lon(), c.lat());
                    e.fleets.add(new VehicleFleet(id + "-amb", VehicleType.AMBULANCE, id, unitsPerBase, 1, 0.0));
                }
            }
        }
        e.note(String.format(Locale.ROOT, "选址：新增 %d 处%s / siting: %d new %s", plan.proposed().size(),
                kind.label().zh(), plan.proposed().size(), kind.label().en()));
        return e.build();
    }

    /** What one proposed facility adds, zh / en (for tables and files). */
    public static LocalizedText brings(ScenarioSite base, SitingPlan plan, SitingPlan.Proposed p, int unitsPerBase) {
        return switch (plan.request().kind()) {
            case SHELTER -> {
                Shelter s = shelter(base, "x", p.candidate().name(), new GeoPoint(p.candidate().lat(), p.candidate().lon()),
                        p.candidate());
                yield new LocalizedText(String.format(Locale.ROOT, "有效面积 %,.0f m²，容纳 %,d 人", s.areaM2(), s.capacityPeople()),
                        String.format(Locale.ROOT, "%,.0f m² effective, %,d people", s.areaM2(), s.capacityPeople()));
            }
            case DEPOT -> new LocalizedText("库存 = 现有储备库平均库存", "stock = mean stock of the existing depots");
            case AMBULANCE_BASE -> new LocalizedText("新增救护车 " + unitsPerBase + " 辆", unitsPerBase + " new ambulances");
        };
    }

    private static Shelter shelter(ScenarioSite base, String id, LocalizedText name, GeoPoint at, Candidate c) {
        ShelterDefaults d = base.scenario().facilities() != null && base.scenario().facilities().shelters() != null
                ? base.scenario().facilities().shelters().osmDefaults() : null;
        double m2PerPerson = d != null && d.m2PerPerson() != null ? d.m2PerPerson() : 2.3;
        double usable = d != null && d.usableShare() != null ? d.usableShare() : 1.0;
        // road-node candidates on synthetic maps have no parcel: a 1 ha site is assumed
        double area = (Double.isNaN(c.areaM2()) ? 10_000 : c.areaM2()) * usable;
        ShelterKind k = switch (c.kind()) {
            case "school" -> ShelterKind.SCHOOL;
            case "park" -> ShelterKind.PARK;
            case "square" -> ShelterKind.SQUARE;
            case "stadium" -> ShelterKind.STADIUM;
            default -> ShelterKind.OTHER;
        };
        return new Shelter(id, name, at, null, k, area, (long) Math.floor(area / m2PerPerson), c.outline());
    }

    private static Map<ReliefItem, Long> meanStock(List<Depot> depots) {
        Map<ReliefItem, Long> out = new EnumMap<>(ReliefItem.class);
        if (depots.isEmpty()) {
            return out;
        }
        for (ReliefItem item : ReliefItem.values()) {
            long sum = 0;
            for (Depot d : depots) {
                sum += d.stockOf(item);
            }
            if (sum > 0) {
                out.put(item, Math.round(sum / (double) depots.size()));
            }
        }
        return out;
    }
}

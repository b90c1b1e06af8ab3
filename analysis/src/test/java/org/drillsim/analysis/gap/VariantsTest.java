package org.drillsim.analysis.gap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resource variants on the synthetic-small scenario (its numbers are in synthetic-small.yaml). */
class VariantsTest {
    private static ScenarioSite site;

    @BeforeAll
    static void load() throws Exception {
        site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, null);
    }

    private static GapSettings settings() {
        return GapSettings.defaults(1L, 2, 0.95, 1);
    }

    @Test
    void listsTheResourcesTheScenarioHas() {
        List<LocalizedText> absent = new ArrayList<>();
        List<String> ids = Variants.of(site, settings(), absent).stream().map(ScenarioVariant::id).toList();
        assertEquals(List.of("ambulance", "medical-team", "hospital-beds", "bus", "shelter-capacity", "truck",
                "stock:water-litres", "stock:food-rations", "stock:quilts", "stock:tents", "stock:medical-kits",
                "road-repair"), ids);
        assertEquals(List.of("forest-fire teams"), absent.stream().map(LocalizedText::en).toList());
    }

    @Test
    void capsFollowTheSettings() {
        // 6 ambulances: max(10, 2 × 6) = 12; 3 medical teams: max(10, 6) = 10; percent resources: 50 steps of 10 %
        var v = Variants.of(site, settings(), null);
        assertEquals(12, v.get(0).cap());
        assertEquals(10, v.get(1).cap());
        assertEquals(50, v.get(2).cap());
        assertEquals(500.0, v.get(2).amount(50));
    }

    @Test
    void vehiclesGoRoundTheExistingFleets() {
        // ambulance fleets amb-south (4) and amb-north (2): +3 → south gets 2, north 1
        ScenarioSite more = new FleetVariant(VehicleType.AMBULANCE, new LocalizedText("救护车", "ambulances"),
                TargetReach.MEDICAL, 12).apply(site, 3);
        List<Integer> counts = FleetVariant.fleetsOf(more, VehicleType.AMBULANCE).stream().map(VehicleFleet::count).toList();
        assertEquals(List.of(6, 3), counts);
        assertEquals(4, FleetVariant.countOf(more, VehicleType.TRUCK), "other fleets unchanged");
    }

    @Test
    void teamsAreCopiedAtTheirHomes() {
        TeamVariant medical = (TeamVariant) Variants.of(site, settings().only(List.of("medical-team")), null).get(0);
        assertEquals(3, medical.countIn(site), "med-south ×2 and med-north");
        ScenarioSite more = medical.apply(site, 4);
        assertEquals(7, medical.countIn(more));
        assertEquals(4, more.teams().stream().filter(t -> t.id().equals("med-south")).findFirst().orElseThrow().count(),
                "2 + 2 (the first of two entries gets the odd one)");
    }

    @Test
    void percentStepsScaleEveryFacility() {
        ScenarioSite water = new StockVariant(site, ReliefItem.WATER_LITRES, 10, 50).apply(site, 3);
        assertEquals(39_000, StockVariant.totalOf(water, ReliefItem.WATER_LITRES), "30,000 L + 30 %");
        assertEquals(8_000, StockVariant.totalOf(water, ReliefItem.FOOD_RATIONS), "other items unchanged");
        ScenarioSite shelters = new ShelterCapacityVariant(site, 10, 50).apply(site, 10);
        double area = site.shelters().stream().mapToDouble(s -> s.areaM2()).sum();
        assertEquals(2 * area, shelters.shelters().stream().mapToDouble(s -> s.areaM2()).sum(), 1e-6, "+100 % area");
        ScenarioSite beds = new HospitalBedsVariant(site, 10, 50).apply(site, 5);
        assertEquals(Math.round(1.5 * 60) + Math.round(1.5 * 30), beds.hospitals().stream().mapToInt(h -> h.beds()).sum());
        assertTrue(new StockVariant(site, ReliefItem.WATER_LITRES, 10, 50).describe(3).en().contains("+9,000 L"));
    }

    @Test
    void unknownResourceIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Variants.of(site, settings().only(List.of("helicopter")), null));
        assertTrue(e.getMessage().contains("helicopter") && e.getMessage().contains("ambulance"), e.getMessage());
    }

    @Test
    void gapJsonReadsBack() throws Exception {
        GapReport r = new GapAnalysis(LineWorld.site(2, 10), new GapSettings(11L, 2, 0.95, 1, 1.0, 10, 10, 50,
                List.of("ambulance")), null).run(null);
        JsonNode j = new ObjectMapper().readTree(GapJson.toJson(r));
        assertEquals("gap-line", j.get("scenario").asText());
        assertEquals("medical-2h", j.get("targets").get(0).get("id").asText());
        assertEquals(0.75, j.get("targets").get(0).get("shortfall").asDouble(), 1e-9);
        JsonNode f = j.get("resources").get(0).get("findings").get(0);
        assertEquals("found", f.get("status").asText());
        assertEquals(8, f.get("step").asInt());
        assertTrue(f.get("added").get("zh").asText().startsWith("+8 辆救护车"));
        assertTrue(j.get("resources").get(0).get("points").size() >= 5);
        assertTrue(GapTable.render(r).contains("+8 辆 vehicles"), GapTable.render(r));
    }
}

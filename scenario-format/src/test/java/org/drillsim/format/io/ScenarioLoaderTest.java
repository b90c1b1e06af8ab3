package org.drillsim.format.io;

import org.drillsim.format.model.ChemicalLeakSpec;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ScenarioLoaderTest {
    static Path fixture(String name) {
        return Path.of("src/test/resources/scenario-files", name);
    }

    @Test
    void readsEverySectionOfTheFullExample() throws Exception {
        Scenario s = ScenarioLoader.load(fixture("valid/full.yaml"));
        assertEquals("full-example", s.id());
        assertEquals("全要素示例", s.name().zh());
        assertEquals(100_000, s.population().totalPeople());
        assertEquals(300, s.facilities().hospitals().items().get(0).beds());
        assertEquals(List.of(HospitalCapability.TRAUMA, HospitalCapability.BURNS, HospitalCapability.POISONING),
                s.facilities().hospitals().items().get(0).capabilities());
        assertEquals(200_000L, s.facilities().depots().get(0).stockOf(ReliefItem.WATER_LITRES));
        assertEquals(0L, s.facilities().depots().get(0).stockOf(ReliefItem.CLOTHING_SETS));
        assertEquals(3, s.teams().get(0).count());
        assertEquals(24, s.teams().get(0).totalPeople());
        assertEquals(1, s.fleets().get(0).capacityPeople(), "ambulance default capacity");
        assertEquals(VehicleType.TRUCK, s.fleets().get(1).type());
        FloodSpec flood = assertInstanceOf(FloodSpec.class, s.hazards().get(0));
        assertEquals(3.2, flood.hydrograph().get(1).stageM());
        assertEquals(0.5, flood.groundHeightAtBankM(), "default");
        ChemicalLeakSpec leak = assertInstanceOf(ChemicalLeakSpec.class, s.hazards().get(1));
        assertEquals(225.0, leak.wind().get(0).fromDirectionDeg());
        assertEquals(4, s.injects().get(0).effects().size());
        assertInstanceOf(InjectEffect.CloseRoad.class, s.injects().get(0).effects().get(0));
        assertEquals(0, ((InjectEffect.HospitalPowerLoss) s.injects().get(0).effects().get(1)).remainingBeds());
        assertEquals(20.0, s.policy().onSceneMinutes());
        assertEquals(60.0, s.policy().shelterOpeningMinutes(), "default");
        assertEquals(72L * 3_600_000L, s.horizonMs());
        assertEquals(42L, s.seed());
    }

    @Test
    void jsonAndYamlOfTheSameScenarioGiveEqualModels() throws Exception {
        Scenario fromYaml = ScenarioLoader.load(fixture("valid/full.yaml"));
        var tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(fixture("valid/full.yaml").toFile());
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        Scenario fromJson = ScenarioLoader.parse(json, "full.json");
        assertEquals(fromYaml, fromJson);
    }

    @Test
    void everyStructuralErrorIsReportedAtOnceSortedByLine() {
        String yaml = """
                id: multi
                name: {zh: 多错误}
                map: {synthetic: {seed: 1, approxNodes: 500}}
                population: {totalPeople: -3, source: x}
                hazards:
                  - {type: flood, id: f, riverPolygonsLonLat: [], hydrograph: [{atHours: 0, stageM: 1}], colour: blue}
                horizonHours: many
                """;
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(yaml, "multi.yaml"));
        assertEquals(List.of(
                "multi.yaml:4:27: population.totalPeople: expected a value in [1, 50000000], got -3",
                "multi.yaml:6:90: hazards[0].colour: unknown key; expected one of: id, name, riverNames, riverOsmIds, "
                        + "riverPolygonsLonLat, hydrograph, groundHeightAtBankM, groundRiseMPerKm, maxReachM, levees, "
                        + "extentsGeoJson, depthBandsM, exposedShare",
                "multi.yaml:7:15: horizonHours: expected a number, got text \"many\""),
                e.errors().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void outOfRangeNumbersAndBrokenReferencesComeOutTogether() throws Exception {
        String text = java.nio.file.Files.readString(fixture("valid/base-for-invalid.yaml"))
                .replace("beds: 120", "beds: -5").replace("home: h1", "home: h9");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, "two.yaml"));
        assertEquals(List.of(
                "two.yaml:14:15: facilities.hospitals.items[0].beds: expected a value in [0, 20000], got -5",
                "two.yaml:29:76: teams[0].home: unknown facility 'h9'; expected one of: h1, d1, s1"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }
}

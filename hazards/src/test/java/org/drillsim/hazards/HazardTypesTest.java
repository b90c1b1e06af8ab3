package org.drillsim.hazards;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.HazardSpec;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.hazards.chemical.ChemicalLeakType;
import org.drillsim.hazards.fire.ForestFireType;
import org.drillsim.hazards.flood.FloodType;
import org.drillsim.hazards.quake.EarthquakeType;
import org.drillsim.routing.MapLocator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hazard registry: what it lists, that every spec of the format has a type, and that it drops nothing. */
class HazardTypesTest {
    private final HazardTypes registry = HazardTypes.installed();

    @Test
    void theRegistryListsExactlyTheFourBuiltInTypesInRegistrationOrder() {
        assertEquals(List.of(FloodType.class, ChemicalLeakType.class, ForestFireType.class, EarthquakeType.class),
                registry.all().stream().map(Object::getClass).toList());
        assertEquals(List.of("flood", "chemical-leak", "forest-fire", "earthquake"),
                registry.all().stream().map(HazardType::typeName).toList());
        assertEquals(List.of(HazardKind.FLOOD, HazardKind.CHEMICAL, HazardKind.FIRE, HazardKind.EARTHQUAKE),
                registry.all().stream().map(HazardType::kind).toList());
    }

    @Test
    void everySpecOfTheFileFormatHasTheTypeOfItsFileName() {
        // the format's type names, as Jackson reads them
        Map<Class<?>, String> names = new HashMap<>();
        for (JsonSubTypes.Type t : HazardSpec.class.getAnnotation(JsonSubTypes.class).value()) {
            names.put(t.value(), t.name());
        }
        assertEquals(Set.of(HazardSpec.class.getPermittedSubclasses()), names.keySet());
        for (Class<?> spec : HazardSpec.class.getPermittedSubclasses()) {
            HazardType<?> type = registry.forSpec(spec.asSubclass(HazardSpec.class));
            assertSame(spec, type.specClass());
            assertEquals(names.get(spec), type.typeName(), spec.getSimpleName());
            assertSame(type, registry.forName(type.typeName()));
            assertSame(type, registry.forKind(type.kind()));
        }
    }

    @Test
    void everyBuiltInScenariosHazardsBuildThroughTheRegistryInFileOrder() throws Exception {
        OsmLayers harbin = null;
        Set<String> kindsSeen = new TreeSet<>();
        for (String id : ScenarioLibrary.ids()) {
            Scenario s = ScenarioLibrary.load(id);
            if (s.map().extract() != null && harbin == null) {
                assertEquals("harbin.osm.pbf", s.map().extract(), "the test loads the Harbin extract only");
                harbin = OsmLayerCache.load(MapLocator.locate("harbin.osm.pbf", null));
            }
            List<Hazard> built = registry.build(s, s.map().extract() == null ? null : harbin, null);
            assertEquals(s.hazards().size(), built.size(), id);
            for (int i = 0; i < built.size(); i++) {
                HazardSpec spec = s.hazards().get(i);
                assertEquals(spec.id(), built.get(i).id(), id);
                assertEquals(registry.forSpec(spec.getClass()).kind(), built.get(i).kind(), id);
                kindsSeen.add(built.get(i).kind().id());
            }
        }
        assertEquals(new TreeSet<>(List.of("chemical", "earthquake", "fire", "flood")), kindsSeen, "the library plays every kind");
    }

    @Test
    void aSpecWithNoRegisteredTypeIsAnErrorNamingIt() throws Exception {
        HazardTypes floodOnly = new HazardTypes(List.of(new FloodType()));
        HazardSpec leak = ScenarioLibrary.load("harbin-chlorine-leak").hazards().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> floodOnly.build(leak, new HazardContext(null, null)));
        assertEquals("no hazard type registered for spec org.drillsim.format.model.ChemicalLeakSpec (registered: flood);"
                + " list its HazardType in META-INF/services/org.drillsim.hazards.HazardType", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> floodOnly.forName("chemical-leak"));
        assertThrows(IllegalArgumentException.class, () -> floodOnly.forKind(HazardKind.CHEMICAL));
    }

    @Test
    void twoTypesForOneSpecAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new HazardTypes(List.of(new FloodType(), new FloodType())));
        assertTrue(e.getMessage().startsWith("two hazard types registered for spec class org.drillsim.format.model.FloodSpec"),
                e.getMessage());
    }

    @Test
    void listingsLabelEachSpecByItsType() throws Exception {
        assertEquals("chlorine leak 泄漏", registry.label(ScenarioLibrary.load("harbin-chlorine-leak").hazards().get(0)));
        assertEquals("flood 洪水", registry.label(ScenarioLibrary.load("harbin-songhua-flood").hazards().get(0)));
        assertEquals("forest fire 森林火灾", registry.label(ScenarioLibrary.load("harbin-forest-fire").hazards().get(0)));
        assertEquals("M6.0 earthquake 地震", registry.label(ScenarioLibrary.load("harbin-earthquake").hazards().get(0)));
    }

    /**
     * No package cycle: the compiled classes of {@code org.drillsim.hazards} name none of its sub-packages (the
     * constant pool holds every class a class refers to, so this sees what an import would bring in).
     */
    @Test
    void theRootPackageReferencesNoHazardPackage() throws Exception {
        Path root = Path.of(HazardType.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/drillsim/hazards");
        Pattern sub = Pattern.compile("org/drillsim/hazards/([a-z][a-zA-Z0-9_]*)/");
        List<String> found = new ArrayList<>();
        List<Path> classes;
        try (Stream<Path> files = Files.list(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path c : classes) {
            Matcher m = sub.matcher(new String(Files.readAllBytes(c), java.nio.charset.StandardCharsets.ISO_8859_1));
            while (m.find()) {
                found.add(c.getFileName() + " -> " + m.group(1));
            }
        }
        assertTrue(classes.stream().anyMatch(p -> p.endsWith("HazardTypes.class")), "read the compiled classes: " + root);
        assertEquals(List.of(), found);
        // and the hazard packages are there to be missed (check, the reference-value checks, sits above them all)
        try (Stream<Path> dirs = Files.list(root)) {
            assertEquals(Set.of("chemical", "fire", "flood", "quake"), dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString()).filter(n -> !n.equals("check")).collect(Collectors.toSet()));
        }
    }
}

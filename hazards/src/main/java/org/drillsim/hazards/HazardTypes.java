package org.drillsim.hazards;

import org.drillsim.format.model.HazardSpec;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.OsmLayers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of hazard types: every {@link HazardType} listed in
 * {@code META-INF/services/org.drillsim.hazards.HazardType}, looked up by spec class, by file type name or by kind.
 * A spec whose class no type handles is an error naming it, never a hazard silently left out.
 */
public final class HazardTypes {

    /** Loaded once: the class path does not change while the program runs. */
    private static final class Installed {
        static final HazardTypes REGISTRY = load();
    }

    private final List<HazardType<?>> types;
    private final Map<Class<?>, HazardType<?>> bySpec = new HashMap<>();
    private final Map<String, HazardType<?>> byName = new LinkedHashMap<>();
    private final Map<HazardKind, HazardType<?>> byKind = new EnumMap<>(HazardKind.class);

    HazardTypes(List<HazardType<?>> types) {
        this.types = List.copyOf(types);
        for (HazardType<?> t : this.types) {
            unique(bySpec.put(t.specClass(), t), "spec class " + t.specClass().getName());
            unique(byName.put(t.typeName(), t), "type name '" + t.typeName() + "'");
            unique(byKind.put(t.kind(), t), "kind " + t.kind());
        }
    }

    private static void unique(HazardType<?> earlier, String what) {
        if (earlier != null) {
            throw new IllegalStateException("two hazard types registered for " + what + ": " + earlier.getClass().getName());
        }
    }

    /** The types on the class path. */
    public static HazardTypes installed() {
        return Installed.REGISTRY;
    }

    private static HazardTypes load() {
        // this class's loader, not the thread's: the JavaFX and test threads may carry another one
        List<HazardType<?>> found = new ArrayList<>();
        for (HazardType<?> t : ServiceLoader.load(HazardType.class, HazardType.class.getClassLoader())) {
            found.add(t);
        }
        return new HazardTypes(found);
    }

    /** Every registered type, in registration order. */
    public List<HazardType<?>> all() {
        return types;
    }

    /**
     * The type handling {@code specClass}.
     *
     * @throws IllegalArgumentException when no registered type handles it
     */
    public HazardType<?> forSpec(Class<? extends HazardSpec> specClass) {
        HazardType<?> t = bySpec.get(specClass);
        if (t == null) {
            throw new IllegalArgumentException("no hazard type registered for spec " + specClass.getName()
                    + " (registered: " + String.join(", ", byName.keySet()) + "); list its HazardType in "
                    + "META-INF/services/" + HazardType.class.getName());
        }
        return t;
    }

    /**
     * The type with file type name {@code typeName} (e.g. "flood").
     *
     * @throws IllegalArgumentException when no registered type has that name
     */
    public HazardType<?> forName(String typeName) {
        HazardType<?> t = byName.get(typeName);
        if (t == null) {
            throw new IllegalArgumentException("no hazard type '" + typeName + "'; registered: "
                    + String.join(", ", byName.keySet()));
        }
        return t;
    }

    /**
     * The type whose models have kind {@code kind}.
     *
     * @throws IllegalArgumentException when no registered type has that kind
     */
    public HazardType<?> forKind(HazardKind kind) {
        HazardType<?> t = byKind.get(kind);
        if (t == null) {
            throw new IllegalArgumentException("no hazard type registered for kind " + kind.id());
        }
        return t;
    }

    /** The model of one spec, by its type. */
    public Hazard build(HazardSpec spec, HazardContext context) {
        return build(forSpec(spec.getClass()), spec, context);
    }

    private static <S extends HazardSpec> Hazard build(HazardType<S> type, HazardSpec spec, HazardContext context) {
        return type.build(type.specClass().cast(spec), context);
    }

    /**
     * The scenario's hazards in file order.
     *
     * @param layers  OSM layers of the map (null on synthetic maps: then only explicit polygons are available)
     * @param baseDir directory for relative paths ({@code extentsGeoJson}); null = working directory
     * @throws IllegalArgumentException one line naming the hazard when its inputs cannot be assembled (no water
     *                                  found for the river names, ignition outside fuel …) or no type handles it
     */
    public List<Hazard> build(Scenario s, OsmLayers layers, Path baseDir) {
        HazardContext context = new HazardContext(layers, baseDir);
        List<Hazard> out = new ArrayList<>();
        for (HazardSpec h : s.hazards()) {
            out.add(build(h, context));
        }
        return out;
    }

    /** The spec's label for listings (e.g. "flood 洪水", "chlorine leak 泄漏"). */
    public String label(HazardSpec spec) {
        return label(forSpec(spec.getClass()), spec);
    }

    private static <S extends HazardSpec> String label(HazardType<S> type, HazardSpec spec) {
        return type.label(type.specClass().cast(spec));
    }
}

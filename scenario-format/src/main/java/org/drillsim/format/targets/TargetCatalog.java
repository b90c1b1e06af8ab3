package org.drillsim.format.targets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets DrillSim can score, with their sources: resource {@code /targets/targets.yaml}, encoded
 * from TARGETS.md. A target without a source is not scored, so scenarios may only name these ids.
 */
public final class TargetCatalog {
    private static final String RESOURCE = "/targets/targets.yaml";
    private static final Map<String, TargetDefinition> TARGETS = load();

    private TargetCatalog() {
    }

    /** The target with this id; throws naming the known ids when there is none. */
    public static TargetDefinition get(String id) {
        TargetDefinition t = TARGETS.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown target id '" + id + "'; known: " + String.join(", ", TARGETS.keySet()));
        }
        return t;
    }

    /** Whether the catalogue has this id. */
    public static boolean contains(String id) {
        return TARGETS.containsKey(id);
    }

    /** All targets in catalogue order. */
    public static List<TargetDefinition> all() {
        return List.copyOf(TARGETS.values());
    }

    /** All ids in catalogue order. */
    public static List<String> ids() {
        return List.copyOf(TARGETS.keySet());
    }

    private static Map<String, TargetDefinition> load() {
        try (InputStream in = TargetCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("target catalogue resource " + RESOURCE + " missing from the classpath");
            }
            YAMLMapper m = new YAMLMapper();
            m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            List<TargetDefinition> list = m.readValue(in, new TypeReference<List<TargetDefinition>>() { });
            Map<String, TargetDefinition> byId = new LinkedHashMap<>();
            for (TargetDefinition t : list) {
                if (byId.put(t.id(), t) != null) {
                    throw new IllegalStateException("target catalogue: duplicate id " + t.id());
                }
            }
            return Collections.unmodifiableMap(byId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read target catalogue " + RESOURCE, e);
        }
    }
}

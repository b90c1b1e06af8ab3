package org.drillsim.runformat.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A map feature: a geometry with its properties (name, kind, capacity …). Property values are
 * strings, numbers or booleans.
 *
 * @param geometry   where it is
 * @param properties what it is, in insertion order
 */
public record GeoFeature(GeoGeometry geometry, Map<String, Object> properties) {
    public GeoFeature {
        Objects.requireNonNull(geometry, "geometry");
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            Object v = e.getValue();
            if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("property '" + e.getKey() + "' must be a string, number or boolean, got "
                        + v.getClass().getSimpleName());
            }
            copy.put(Objects.requireNonNull(e.getKey(), "property name"), v);
        }
        properties = Collections.unmodifiableMap(copy);
    }

    /** A feature with the given properties, given as alternating names and values. */
    public static GeoFeature of(GeoGeometry geometry, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("properties must come as name, value pairs");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            props.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new GeoFeature(geometry, props);
    }
}

package org.drillsim.exporters.geo;

import org.drillsim.runformat.geo.GeoFeature;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.drillsim.exporters.text.Text;

/**
 * A named group of features of one kind: hazard footprints, facilities, proposed sites, cut-off areas.
 *
 * @param id       a short ASCII name written into every feature as {@code layer}, e.g. {@code hazard}
 * @param title    the layer's title for people
 * @param features the features
 */
public record GeoLayer(String id, Text title, List<GeoFeature> features) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public GeoLayer {
        Objects.requireNonNull(title, "title");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("layer id '" + id + "' must be lower-case ASCII letters, digits, '-' or '_'");
        }
        features = List.copyOf(features);
    }
}

package org.drillsim.hazards;

import org.drillsim.geodata.OsmLayers;

import org.drillsim.format.io.ScenarioPaths;

import java.nio.file.Path;

/**
 * What a {@link HazardType} may read besides its spec when it builds the model.
 *
 * @param layers  OSM layers of the map; null on synthetic maps (then only explicit polygons are available)
 * @param baseDir directory for the spec's relative paths (e.g. flood extents); null = working directory
 */
public record HazardContext(OsmLayers layers, Path baseDir) {

    /** {@code file} against {@link #baseDir()}, kept inside the scenario's folder ({@link ScenarioPaths}). */
    public Path resolve(String file) {
        return ScenarioPaths.resolve(baseDir, file);
    }
}

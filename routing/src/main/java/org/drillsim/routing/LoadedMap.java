package org.drillsim.routing;

import java.nio.file.Path;

/**
 * A road network together with where it came from, for commands that must say which map they use.
 *
 * @param network the road network
 * @param file    the OSM extract it was read from, or null for the synthetic fallback city
 * @param notice  a line to show the user (zh-CN first, then English), e.g. that the fallback is used
 */
public record LoadedMap(RoadNetwork network, Path file, String notice) {
    /** True when no extract was found and the synthetic city stands in for it. */
    public boolean isSynthetic() {
        return file == null;
    }

    /**
     * Loads the named extract through the {@link MapLocator} search path and the disk cache; when none is
     * found, generates the {@link SyntheticCity} instead and says so in {@link #notice()}. An explicit
     * {@code --map} path that does not exist is an error, never silently replaced.
     *
     * @param name            map name, e.g. {@code harbin}
     * @param explicitOrNull  the {@code --map} option
     * @param seed            seed of the fallback city
     * @param fallbackNodes   approximate node count of the fallback city
     */
    public static LoadedMap loadOrSynthetic(String name, Path explicitOrNull, long seed, int fallbackNodes) {
        if (explicitOrNull != null) {
            Path file = MapLocator.locate(name, explicitOrNull);
            return new LoadedMap(RoadNetworkLoader.load(file), file, "地图 / map: " + file + " — " + RoadNetwork.OSM_ATTRIBUTION);
        }
        var found = MapLocator.find(name);
        if (found.isPresent()) {
            return new LoadedMap(RoadNetworkLoader.load(found.get()), found.get(), "地图 / map: " + found.get() + " — " + RoadNetwork.OSM_ATTRIBUTION);
        }
        return new LoadedMap(SyntheticCity.generate(seed, fallbackNodes), null,
                "未找到地图 " + name + "，改用合成城市 / map '" + name + "' not found in " + MapLocator.searchPath()
                        + "; using a synthetic city instead (pass --map PATH to use a real extract)");
    }
}

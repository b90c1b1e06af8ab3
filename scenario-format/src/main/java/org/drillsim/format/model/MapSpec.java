package org.drillsim.format.model;

/**
 * Which road map the scenario plays on. Exactly one of {@code extract} and {@code synthetic} is set.
 *
 * @param extract        OSM extract file name or path (e.g. {@code harbin.osm.pbf}), looked up via
 *                       {@code --map}, {@code $DRILLSIM_MAPS}, {@code ./maps}, {@code ../shared/maps}
 * @param synthetic      a generated city instead of an extract
 * @param areaOfInterest the part of the map the drill is about (population, OSM facilities and hazards
 *                       are taken inside it); null = the whole map
 */
@Doc("The road map: an OSM extract or a synthetic city, plus the area of interest")
public record MapSpec(
        @Opt @Doc("OSM extract file name or path, e.g. harbin.osm.pbf (searched in --map, $DRILLSIM_MAPS, ./maps, ../shared/maps)") String extract,
        @Opt @Doc("generated synthetic city instead of an extract") SyntheticMap synthetic,
        @Opt @Doc("area of interest; default the whole map") BBox areaOfInterest) {
}

package org.drillsim.format.model;

/**
 * How residents are placed on the map.
 *
 * @param totalPeople total residents in the area of interest, scaled onto the grid
 * @param source      where the total comes from (census, yearbook …) — required: a figure carries its source
 * @param gridCellM   side of the square population grid cells, metres
 * @param method      how people are spread over the cells
 */
@Doc("Residents on a grid, scaled to a stated total with its source")
public record PopulationModel(
        @Range(min = 1, max = 50_000_000) @Doc("total residents in the area of interest, people") long totalPeople,
        @Doc("source of the total (census, statistical yearbook …)") String source,
        @Opt @Range(min = 50, max = 5000) @Doc("grid cell side, metres; default 250") Double gridCellM,
        @Opt @Doc("distribution method; default osm-buildings") PopulationMethod method) {

    public PopulationModel {
        if (gridCellM == null) {
            gridCellM = 250.0;
        }
        if (method == null) {
            method = PopulationMethod.OSM_BUILDINGS;
        }
    }
}

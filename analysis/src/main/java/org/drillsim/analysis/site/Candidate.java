package org.drillsim.analysis.site;

import org.drillsim.format.model.LocalizedText;

import java.util.List;

/**
 * A place where a new facility could go.
 *
 * @param id      stable id, e.g. {@code osm-school-123456}, {@code osm-hospital-…}, {@code node-812}
 * @param name    display name, zh / en
 * @param kind    what the place is: school, park, square, stadium, industrial, hospital, fire-station,
 *                police-station, road-node
 * @param lon     longitude of the entrance point (inside the parcel)
 * @param lat     latitude
 * @param node    road node it is snapped to
 * @param areaM2  parcel area, m² (NaN for points)
 * @param osmId   OSM id of the parcel or point, or null
 * @param outline parcel outline as [lon, lat] pairs (empty for points)
 */
public record Candidate(String id, LocalizedText name, String kind, double lon, double lat, int node, double areaM2,
                        Long osmId, List<List<Double>> outline) {
    public Candidate {
        outline = outline == null ? List.of() : List.copyOf(outline);
    }
}

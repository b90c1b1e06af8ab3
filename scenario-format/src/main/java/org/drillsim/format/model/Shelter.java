package org.drillsim.format.model;

import java.util.List;

/**
 * An emergency shelter (应急避难场所).
 *
 * @param id             unique facility id
 * @param name           display name
 * @param location       position (entrance; snapped to the nearest road)
 * @param osmId          the OSM element this entry overrides
 * @param kind           kind of site
 * @param areaM2         effective shelter area, m²
 * @param capacityPeople people it can hold; null = areaM2 / the m² per person of the shelter defaults
 * @param polygonLonLat  outline as [lon, lat] pairs (optional; checked for self-intersection)
 */
@Doc("Emergency shelter (应急避难场所)")
public record Shelter(
        @Doc("unique facility id") String id,
        @Doc("display name") LocalizedText name,
        @Opt @Doc("entrance position; required unless osmId names an imported feature") GeoPoint location,
        @Opt @Doc("OSM element id this entry overrides") Long osmId,
        @Opt @Doc("kind of site; default other") ShelterKind kind,
        @Range(min = 1, max = 1e8) @Doc("effective shelter area, m²") double areaM2,
        @Opt @Range(min = 0, max = 5_000_000) @Doc("capacity, people; default areaM2 / m²-per-person") Long capacityPeople,
        @Opt @Doc("outline as [lon, lat] pairs, closed or open ring") List<List<Double>> polygonLonLat) {

    public Shelter {
        kind = kind == null ? ShelterKind.OTHER : kind;
        polygonLonLat = polygonLonLat == null ? List.of() : polygonLonLat.stream().map(List::copyOf).toList();
    }
}

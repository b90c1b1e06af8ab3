package org.drillsim.format.model;

import java.util.List;

/**
 * Land protected by a levee (堤防): it floods only when the stage exceeds the crest.
 *
 * @param id            unique id
 * @param polygonLonLat protected area as [lon, lat] pairs
 * @param crestStageM   crest height above the normal river level, metres
 * @param breachAtHours the levee breaches at this time even below the crest (null = holds)
 * @param breachWidthM  breach width, m (default 100, an assumption)
 */
@Doc("Levee-protected area: floods only when the stage exceeds the crest")
public record Levee(
        @Doc("unique id") String id,
        @Doc("protected area as [lon, lat] pairs") List<List<Double>> polygonLonLat,
        @Range(min = 0, max = 30) @Doc("crest above normal river level, metres") double crestStageM,
        @Opt @Range(min = 0, max = 8760) @Doc("the levee breaches at this hour; default holds") Double breachAtHours,
        @Opt @Range(min = 1, max = 2000) @Doc("breach width, m (sets the outflow and the Jonkman breach zone); default 100") Double breachWidthM) {

    public Levee {
        breachWidthM = breachWidthM == null ? 100.0 : breachWidthM;
        polygonLonLat = polygonLonLat.stream().map(List::copyOf).toList();
    }
}

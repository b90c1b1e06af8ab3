package org.drillsim.ui.map;

/**
 * Where casualties wait or were found.
 *
 * @param id        task or site id (what a dispatch targets)
 * @param lon       longitude
 * @param lat       latitude
 * @param waiting   people not yet reached by a medical team
 * @param treated   people already reached
 * @param urgent    the most severe triage among the waiting (1 = T1 immediate … 3 = T3 minor)
 */
public record CasualtySite(String id, double lon, double lat, int waiting, int treated, int urgent) {
}

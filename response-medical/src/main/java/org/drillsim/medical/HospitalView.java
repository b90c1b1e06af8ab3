package org.drillsim.medical;

import org.drillsim.format.model.LocalizedText;

/**
 * A hospital's state for maps and panels (read on the simulation thread).
 *
 * @param id        hospital id
 * @param name      name
 * @param node      road node
 * @param lon       longitude
 * @param lat       latitude
 * @param bedsUsed  beds occupied
 * @param capacity  beds now (surge and limits included)
 * @param available free beds not promised to a patient on the way
 * @param limited   under a bed limit (power loss, outage)
 * @param admitted  patients admitted so far
 */
public record HospitalView(String id, LocalizedText name, int node, double lon, double lat, int bedsUsed, int capacity,
                           int available, boolean limited, long admitted) {
}

package org.drillsim.ui.session;

/**
 * An open task as the decision panel lists it.
 *
 * @param id        task id (what Dispatch targets)
 * @param kind      task kind, e.g. {@code casualty}
 * @param priority  lower = more urgent
 * @param lon       longitude of its road node
 * @param lat       latitude of its road node
 * @param createdMs when it appeared
 */
public record TaskLine(String id, String kind, int priority, double lon, double lat, long createdMs) {
}

package org.drillsim.geodata;

/** An OSM extract cannot be read; the message is one line naming the file. */
public final class OsmExtractException extends RuntimeException {
    public OsmExtractException(String message) {
        super(message);
    }
}

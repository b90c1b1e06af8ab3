package org.drillsim.routing;

/** A map extract could not be found, read or turned into a road network; the message says which file and why. */
public class MapImportException extends RuntimeException {
    public MapImportException(String message) {
        super(message);
    }

    public MapImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

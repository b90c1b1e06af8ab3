package org.drillsim.exporters;

/**
 * Keeps Apache POI's logging quiet. POI logs through the Log4j API, which prints a warning on
 * every run when no Log4j backend is on the class path; the API's own simple logger (errors only)
 * avoids the warning without adding a logging framework.
 */
final class PoiLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";

    private PoiLogging() {
    }

    /** Call before the first POI class is loaded; a choice made by the user (-D…) is kept. */
    static void quiet() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}

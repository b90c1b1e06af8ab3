package org.drillsim.exporters;

/**
 * Keeps the document libraries' logging quiet. POI logs through the Log4j API, and PDFBox through
 * Commons Logging, which uses the Log4j API when present; without a Log4j backend the API prints a
 * warning on every run. The API's own simple logger (errors only) avoids it without adding a
 * logging framework.
 */
public final class QuietLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";

    private QuietLogging() {
    }

    /** Call before the first POI or PDFBox class is loaded; a choice made by the user (-D…) is kept. */
    public static void quiet() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}

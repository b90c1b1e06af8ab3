package org.drillsim.analysis.gap;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long analysis on stderr: on a terminal a bar redrawn in place per batch of replications, and one
 * line per finished batch (what was played, the targets' means, seconds) everywhere.
 */
public final class ConsoleProgress implements GapAnalysis.Progress {
    private final PrintStream err;
    private final boolean terminal;
    private String what = "";
    private int total;
    private int batch;

    /**
     * @param err      where to write
     * @param terminal whether to redraw a bar in place (a console), else only the finished lines
     */
    public ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(String what, int replications) {
        this.what = what;
        this.total = replications;
        batch++;
        if (terminal) {
            draw(0);
        }
    }

    @Override
    public synchronized void replication(int done) {
        if (terminal) {
            draw(done);
        }
    }

    @Override
    public synchronized void finished(String result, double seconds) {
        if (terminal) {
            err.print("\r\033[K");
        }
        err.printf(Locale.ROOT, "  [%d] %s (%.1f s)%n", batch, result, seconds);
        err.flush();
    }

    private void draw(int done) {
        int width = 24;
        int filled = total == 0 ? 0 : (int) Math.round(width * done / (double) total);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s", "#".repeat(filled), ".".repeat(width - filled), done, total, what);
        err.flush();
    }
}

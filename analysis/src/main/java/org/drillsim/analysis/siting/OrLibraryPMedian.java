package org.drillsim.analysis.siting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Reader of the OR-Library p-median instances (Beasley, “A note on solving large p-median
 * problems”, EJOR 21, 1985), used to validate the siting solver against proven optima.
 *
 * <p>Format: a line {@code n m p}, then {@code m} lines {@code i j cost} — undirected edges
 * between 1-based vertices, where a repeated edge's last line wins. Every vertex is both a demand
 * point (weight 1) and a candidate site; the cost between two vertices is their shortest-path
 * distance, computed here by one Dijkstra search per vertex.
 */
public final class OrLibraryPMedian {
    /** One instance: its name, the siting problem, and its graph size. */
    public record Instance(String name, int vertices, int edges, SitingProblem problem) {
    }

    private OrLibraryPMedian() {
    }

    /**
     * Reads an instance file such as {@code pmed1.txt}.
     *
     * @throws IllegalArgumentException naming the file and line when the file is malformed
     */
    public static Instance read(Path file) {
        List<String> lines = readLines(file);
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        int[] header = numbers(file, lines, 0, 3);
        int n = header[0];
        int m = header[1];
        int p = header[2];
        if (n < 1 || m < 0 || p < 1 || p > n) {
            throw new IllegalArgumentException(file + ":1: expected n >= 1, m >= 0, 1 <= p <= n, got " + n + " " + m + " " + p);
        }
        int[][] edge = new int[n][n]; // edge[u][v] = length, -1 when absent; later lines overwrite
        for (int[] row : edge) Arrays.fill(row, -1);
        int read = 0;
        for (int line = 1; line < lines.size() && read < m; line++) {
            if (lines.get(line).isBlank()) continue;
            int[] e = numbers(file, lines, line, 3);
            int u = e[0] - 1;
            int v = e[1] - 1;
            if (u < 0 || u >= n || v < 0 || v >= n || e[2] < 0) {
                throw new IllegalArgumentException(file + ":" + (line + 1) + ": expected vertices 1.." + n
                        + " and a cost >= 0, got " + lines.get(line).trim());
            }
            edge[u][v] = e[2];
            edge[v][u] = e[2];
            read++;
        }
        if (read < m) throw new IllegalArgumentException(file + ": header announces " + m + " edges, found " + read);
        double[][] distance = allPairsShortestPaths(edge, file);
        return new Instance(name, n, m, SitingProblem.unweighted(CostMatrix.of(distance), p));
    }

    /**
     * Reads {@code pmedopt.txt}: lines {@code name optimum}.
     *
     * @return optimum per instance name, in file order
     */
    public static Map<String, Double> readOptima(Path file) {
        Map<String, Double> optima = new LinkedHashMap<>();
        List<String> lines = readLines(file);
        for (int line = 0; line < lines.size(); line++) {
            String text = lines.get(line).trim();
            if (text.isEmpty()) continue;
            String[] parts = text.split("\\s+");
            try {
                if (parts.length != 2) throw new NumberFormatException();
                optima.put(parts[0], Double.parseDouble(parts[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (line + 1) + ": expected 'name optimum', got '" + text + "'");
            }
        }
        return optima;
    }

    /**
     * Finds the directory of the instances: {@code $DRILLSIM_PMED}, else {@code validation/pmed}
     * or {@code shared/validation/pmed} in the working directory, the program's own directory, or
     * one of their parents.
     *
     * @throws IllegalStateException listing where it looked when nothing is found
     */
    public static Path locateDirectory() {
        java.util.Set<Path> tried = new java.util.LinkedHashSet<>();
        String env = System.getenv("DRILLSIM_PMED");
        if (env != null && !env.isBlank()) tried.add(Path.of(env));
        List<Path> starts = new ArrayList<>(List.of(Path.of("").toAbsolutePath()));
        try { // also beside the program, wherever it is started from
            starts.add(Path.of(OrLibraryPMedian.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: the working directory is enough
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                tried.add(dir.resolve("validation/pmed"));
                tried.add(dir.resolve("shared/validation/pmed"));
            }
        }
        for (Path candidate : tried) {
            if (Files.isRegularFile(candidate.resolve("pmedopt.txt"))) return candidate;
        }
        throw new IllegalStateException("OR-Library p-median instances (pmedopt.txt) not found; set DRILLSIM_PMED."
                + " Looked in: " + tried);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int[] numbers(Path file, List<String> lines, int line, int count) {
        String text = line < lines.size() ? lines.get(line).trim() : "";
        String[] parts = text.split("\\s+");
        if (parts.length != count) {
            throw new IllegalArgumentException(file + ":" + (line + 1) + ": expected " + count + " integers, got '" + text + "'");
        }
        int[] values = new int[count];
        for (int t = 0; t < count; t++) {
            try {
                values[t] = Integer.parseInt(parts[t]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (line + 1) + ": '" + parts[t] + "' is not an integer");
            }
        }
        return values;
    }

    /** One Dijkstra search per vertex over the (sparse) edge lists. */
    private static double[][] allPairsShortestPaths(int[][] edge, Path file) {
        int n = edge.length;
        int[][] neighbours = new int[n][];
        int[][] lengths = new int[n][];
        for (int u = 0; u < n; u++) {
            int degree = 0;
            for (int v = 0; v < n; v++) if (v != u && edge[u][v] >= 0) degree++;
            neighbours[u] = new int[degree];
            lengths[u] = new int[degree];
            int d = 0;
            for (int v = 0; v < n; v++) {
                if (v != u && edge[u][v] >= 0) {
                    neighbours[u][d] = v;
                    lengths[u][d++] = edge[u][v];
                }
            }
        }
        double[][] distance = new double[n][];
        for (int s = 0; s < n; s++) {
            long[] dist = new long[n];
            Arrays.fill(dist, Long.MAX_VALUE);
            dist[s] = 0;
            PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            queue.add(new long[] {0, s});
            while (!queue.isEmpty()) {
                long[] top = queue.poll();
                int u = (int) top[1];
                if (top[0] > dist[u]) continue;
                for (int e = 0; e < neighbours[u].length; e++) {
                    int v = neighbours[u][e];
                    long nd = dist[u] + lengths[u][e];
                    if (nd < dist[v]) {
                        dist[v] = nd;
                        queue.add(new long[] {nd, v});
                    }
                }
            }
            distance[s] = new double[n];
            for (int v = 0; v < n; v++) {
                if (dist[v] == Long.MAX_VALUE) {
                    throw new IllegalArgumentException(file + ": vertex " + (v + 1) + " is not reachable from vertex " + (s + 1));
                }
                distance[s][v] = dist[v];
            }
        }
        return distance;
    }
}

package org.drillsim.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The joint drill's report: one section per seat with its decisions and its expected actions scored met / late /
 * missed. Written as {@code drill-report.json} (for tools) and {@code drill-report.md} (to read, Chinese first).
 */
public record DrillReport(String format, String scenarioId, String scenarioName, long seed, long endedAtMs,
                          List<Section> seats) {
    /** Format id. */
    public static final String FORMAT = "drillsim-drill-report/1";

    /**
     * One seat.
     *
     * @param tally expected actions by status ({@code MET}, {@code LATE}, {@code MISSED}, {@code PENDING})
     */
    public record Section(String seat, List<String> people, int accepted, int refused, Map<String, Integer> tally,
                          List<Outcome> expected, List<Decision> decisions) {
    }

    /** The report of the drill as it stands. */
    public static DrillReport of(DrillEngine e, String scenarioId, String scenarioName, long seed) {
        List<Outcome> outcomes = e.outcomes();
        List<Decision> all = e.decisions();
        List<Section> sections = new ArrayList<>();
        for (Seat s : e.seats()) {
            List<Decision> ds = all.stream().filter(d -> d.seat().equals(s.zh())).toList();
            List<Outcome> os = outcomes.stream().filter(o -> o.action().seat().equals(s.zh())).toList();
            Map<String, Integer> tally = new LinkedHashMap<>();
            for (Outcome.Status st : Outcome.Status.values()) tally.put(st.name(), (int) os.stream().filter(o -> o.status() == st).count());
            sections.add(new Section(s.zh(), List.copyOf(new TreeSet<>(ds.stream().map(Decision::name).toList())),
                    (int) ds.stream().filter(Decision::accepted).count(), (int) ds.stream().filter(d -> !d.accepted()).count(),
                    tally, os, ds));
        }
        return new DrillReport(FORMAT, scenarioId, scenarioName, seed, e.now(), sections);
    }

    /** Writes {@code drill-report.json} and {@code drill-report.md} into {@code dir} (each replaced whole). */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            atomic(dir.resolve("drill-report.json"), Wire.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this));
            atomic(dir.resolve("drill-report.md"), markdown());
        } catch (IOException ex) {
            throw new UncheckedIOException(dir + ": cannot write the drill report / 无法写入推演报告: " + ex.getMessage(), ex);
        }
    }

    private static void atomic(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The report in words, Chinese first. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# 联合推演报告 / Joint drill report\n\n");
        sb.append("情景 / scenario: ").append(scenarioName).append(" (").append(scenarioId).append("), 种子 / seed ").append(seed)
                .append(", 结束于 / ended at ").append(hhmm(endedAtMs)).append("\n");
        for (Section s : seats) {
            sb.append("\n## ").append(s.seat()).append("\n\n");
            sb.append("参演人员 / players: ").append(s.people().isEmpty() ? "—" : String.join("、", s.people())).append("\n\n");
            sb.append("决策 / decisions: ").append(s.accepted()).append(" 项执行 / applied, ").append(s.refused()).append(" 项被拒 / refused\n\n");
            sb.append("### 预期行动 / expected actions\n\n");
            if (s.expected().isEmpty()) sb.append("（无 / none）\n");
            else {
                sb.append("| 预期行动 | 下达 | 时限 | 结果 | 达成时间 | 计数 |\n|---|---|---|---|---|---|\n");
                for (Outcome o : s.expected()) {
                    sb.append("| ").append(o.action().text()).append(" | ").append(hhmm(o.issuedMs())).append(" | ").append(hhmm(o.deadlineMs()))
                            .append(" | ").append(o.status().zh()).append(" / ").append(o.status().name().toLowerCase()).append(" | ")
                            .append(o.metAtMs() < 0 ? "—" : hhmm(o.metAtMs())).append(" | ").append(o.count()).append("/").append(o.action().minCount()).append(" |\n");
                }
            }
            sb.append("\n### 决策记录 / decisions\n\n");
            if (s.decisions().isEmpty()) sb.append("（无 / none）\n");
            for (Decision d : s.decisions()) {
                sb.append("- ").append(hhmm(d.timeMs())).append(' ').append(d.name()).append("：").append(CommandWords.zh(d.type()));
                if (d.unitId() != null) sb.append(' ').append(d.unitId());
                if (d.taskId() != null) sb.append(" → ").append(d.taskId());
                sb.append(d.accepted() ? " ✓" : " ✗ " + d.reason()).append('\n');
            }
        }
        return sb.toString();
    }

    /** T+hh:mm. */
    public static String hhmm(long ms) {
        long m = ms / 60_000;
        return String.format("T+%02d:%02d", m / 60, m % 60);
    }
}

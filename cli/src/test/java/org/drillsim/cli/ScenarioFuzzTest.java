package org.drillsim.cli;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteCache;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * validate ⇔ run parity under hostile input (issue 14): 500 mutants of the built-in scenarios, generated from a
 * fixed seed (keys deleted or duplicated, numbers made 0 / -1 / huge / NaN / text, values of the wrong type,
 * truncation, Unicode and control-character junk, flipped bytes). {@code validate} must answer every one with
 * exit 0 or 2 and only {@code file:line:col:} lines — no stack trace, no internal error, no raw control
 * character — and every synthetic-small mutant it accepts must then play two replications and write its run
 * directory without an error.
 * (Harbin mutants are validated with {@code --no-map-check} and not played: the extract may be absent and a
 * Harbin replication is too slow for ~100 runs.)
 */
class ScenarioFuzzTest {
    static final long SEED = 20_261_204L;
    static final int SYNTHETIC_MUTANTS = 230;
    static final int HARBIN_MUTANTS_EACH = 90;
    static final String SYNTHETIC = "synthetic-small";
    static final List<String> HARBIN = List.of("harbin-songhua-flood", "harbin-chlorine-leak", "harbin-forest-fire");

    static final Pattern NUMBER = Pattern.compile("(?<=[\\s:\\[{,])-?\\d+(\\.\\d+)?(?=[\\s,\\]}]|$)");
    static final Pattern VALUE = Pattern.compile("(?<=: )[^\\s{\\[#][^,}#]*");
    static final String[] NUMBERS = {"0", "-1", "1e308", "99999999999999999999", ".nan", ".inf", "-.inf", "abc", "true",
            "[]", "{}", "null", "~", "0.0001", "2147483648", "\"12\""};
    static final String[] VALUES = {"[1, 2]", "{a: 1}", "\"text\"", "42", "false", "[]", "null", "{}",
            "\"\\e[2J\\e]0;pwned\\a\"", "\"\\ud800x\"", "\"\\u202Egnp.exe\"", "\"\\0nul\"", "!!binary AAAA",
            "&a x", "*a"};
    static final String[] JUNK = {"\u0000", "\u001b[31m", "\u202e", "\ufeff", "🚑", "\u0085", "\t", "\r", "\\", "'",
            "\"", ":", "- ", "{", "]", "#", "&x", "*x", "!!str ", "%", "@", "`", "松花江", "\u00a0"};

    record Mutant(String name, String base, String ops, byte[] bytes) {
    }

    @Test
    void validateNeverCrashesAndEveryAcceptedMutantRuns(@TempDir Path dir) throws IOException {
        List<Mutant> mutants = mutants();
        assertTrue(mutants.size() >= 500, "only " + mutants.size() + " mutants");
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int played = 0;
        for (Mutant m : mutants) {
            Path file = dir.resolve(m.name() + ".yaml");
            Files.write(file, m.bytes());
            ValidateCommandTest.Result r = m.base().equals(SYNTHETIC)
                    ? ValidateCommandTest.validate(file.toString())
                    : ValidateCommandTest.validate("--no-map-check", file.toString());
            String problem = validateProblem(file.toString(), r);
            if (problem != null) {
                failures.add(m.name() + " [" + m.ops() + "]: " + problem);
                continue;
            }
            if (r.exit() != 0) {
                continue;
            }
            accepted++;
            if (m.base().equals(SYNTHETIC)) {
                played++;
                String runProblem = runProblem(file, dir.resolve("run-" + m.name()));
                if (runProblem != null) {
                    failures.add(m.name() + " [" + m.ops() + "]: validate accepted it, run failed: " + runProblem);
                }
            }
        }
        System.out.printf("fuzz: %d mutants, %d accepted by validate, %d played twice%n", mutants.size(), accepted, played);
        assertEquals(List.of(), failures, failures.size() + " of " + mutants.size() + " mutants broke the promise");
        // the mutations must leave some files valid, or the run half of the promise is never exercised
        assertTrue(played >= 20, "only " + played + " accepted synthetic mutants were played (" + accepted + " accepted)");
        assertTrue(accepted < mutants.size(), "no mutant was rejected: the mutations are too weak");
    }

    @Test
    void validateEchoesAHostileNameEscaped(@TempDir Path dir) throws IOException {
        String text = ScenarioLibrary.text(SYNTHETIC).replace("name: {zh: 合成城市小型洪水, en: Synthetic city small flood}",
                "name: {zh: \"合成\\e[2J\\e]0;pwned\\a城市\", en: \"x\\u202Eflow\"}");
        Path file = dir.resolve("hostile-name.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ValidateCommandTest.Result r = ValidateCommandTest.validate(file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("合成\\u001B[2J\\u001B]0;pwned\\u0007城市 / x\\u202Eflow"), r.out());
        assertEquals(null, validateProblem(file.toString(), r));
    }

    @Test
    void aFacilityTheRunWouldRefuseFarFromAnyRoadIsReportedAtItsLocation(@TempDir Path dir) throws IOException {
        // without an area of interest only the roads tell that a hospital in Beijing is off this map
        String text = Files.readString(ValidateCommandTest.FILES.resolve("invalid/facility-far-off-map.yaml"))
                .replaceAll("(?m)^  areaOfInterest: .*\n", "");
        Path file = dir.resolve("far.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ValidateCommandTest.Result r = ValidateCommandTest.validate(file.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(file + ":12:19: facilities.hospitals.items[0].location: 点 / point h1 (39.900000,"
                + " 116.400000) 距最近道路 1017930 米 / is 1017930 m from the nearest road (limit 5000 m)"), r.err());
        assertEquals(null, validateProblem(file.toString(), r));
    }

    /** Null when validate answered as promised, else what was wrong. */
    static String validateProblem(String file, ValidateCommandTest.Result r) {
        if (r.exit() != 0 && r.exit() != ValidateCommand.EXIT_INVALID) {
            return "exit " + r.exit() + "\n" + r.err();
        }
        String all = r.out() + r.err();
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (Character.isISOControl(c) && c != '\n') {
                return "raw control character U+" + Integer.toHexString(c) + " printed:\n" + r.err();
            }
        }
        for (String line : r.err().split("\n")) {
            if (line.isEmpty() || line.startsWith("✗ ")) {
                continue;
            }
            if (!line.startsWith(file + ":") || !line.substring(file.length()).matches(":\\d+:\\d+: .*")) {
                return "not a file:line:col line: " + line;
            }
            if (line.contains("(internal)") || line.contains("Exception") || line.contains("java.") || line.contains("\tat ")) {
                return "internal error or Java class name: " + line;
            }
        }
        if (r.exit() == ValidateCommand.EXIT_INVALID && !r.err().contains(file + ":")) {
            return "exit 2 without an error line";
        }
        return null;
    }

    /** Null when the file plays two replications, else the error. */
    static String runProblem(Path file, Path runDir) {
        try {
            Scenario s = ScenarioLoader.load(file);
            // what `drillsim run --no-report` does, minus the user's site cache: site, replications, run directory
            // (the report would add ~1.5 s per mutant and take the test past two minutes)
            ScenarioSite site = SiteLoader.load(s, file.toAbsolutePath().getParent(), null, m -> { }, SiteCache.disabled());
            RunDirectoryWriter writer = new RunDirectoryWriter(runDir);
            List<ReplicationOutcome> outcomes;
            try (Writer events = writer.openEvents()) {
                outcomes = ScenarioRunner.run(new ScenarioRunner.Plan(site, s.seed(), 2, 1, events, n -> { }));
            }
            writer.commitEvents();
            writer.write(site, s.seed(), 1, outcomes, RunSummary.of(outcomes), 0, List.of());
            return null;
        } catch (Exception | Error e) {
            StringBuilder sb = new StringBuilder(e.toString());
            for (StackTraceElement el : e.getStackTrace()) {
                if (sb.length() > 800) {
                    break;
                }
                sb.append("\n  at ").append(el);
            }
            return sb.toString();
        }
    }

    static List<Mutant> mutants() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Mutant> out = new ArrayList<>();
        for (int i = 0; i < SYNTHETIC_MUTANTS; i++) {
            out.add(mutate(SYNTHETIC, i, rnd));
        }
        for (String id : HARBIN) {
            for (int i = 0; i < HARBIN_MUTANTS_EACH; i++) {
                out.add(mutate(id, i, rnd));
            }
        }
        return out;
    }

    /** One to three mutations of the library text; {@code ops} names them so a failure can be reproduced by hand. */
    static Mutant mutate(String id, int n, SplittableRandom rnd) {
        List<String> lines = new ArrayList<>(List.of(ScenarioLibrary.text(id).split("\n", -1)));
        StringBuilder ops = new StringBuilder();
        int count = 1 + rnd.nextInt(3);
        byte[] flipped = null;
        for (int k = 0; k < count; k++) {
            int at = rnd.nextInt(lines.size());
            String line = lines.get(at);
            int op = rnd.nextInt(10);
            ops.append(ops.length() == 0 ? "" : "; ");
            switch (op) {
                case 0 -> {
                    lines.remove(at);
                    ops.append("delete line ").append(at + 1);
                }
                case 1 -> {
                    lines.add(at, line);
                    ops.append("duplicate line ").append(at + 1);
                }
                case 2, 3 -> {
                    var m = NUMBER.matcher(line);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (spans.isEmpty()) {
                        ops.append("no number on line ").append(at + 1);
                        continue;
                    }
                    int[] sp = spans.get(rnd.nextInt(spans.size()));
                    String v = NUMBERS[rnd.nextInt(NUMBERS.length)];
                    lines.set(at, line.substring(0, sp[0]) + v + line.substring(sp[1]));
                    ops.append("number on line ").append(at + 1).append(" → ").append(v);
                }
                case 4 -> {
                    var m = VALUE.matcher(line);
                    if (!m.find()) {
                        ops.append("no value on line ").append(at + 1);
                        continue;
                    }
                    String v = VALUES[rnd.nextInt(VALUES.length)];
                    lines.set(at, line.substring(0, m.start()) + v + line.substring(m.end()));
                    ops.append("value on line ").append(at + 1).append(" → ").append(v);
                }
                case 5 -> {
                    int keep = rnd.nextInt(lines.size());
                    String last = lines.get(keep);
                    int cut = last.isEmpty() ? 0 : rnd.nextInt(last.length());
                    List<String> head = new ArrayList<>(lines.subList(0, keep));
                    head.add(last.substring(0, cut));
                    lines = head;
                    ops.append("truncate at line ").append(keep + 1).append(" col ").append(cut + 1);
                }
                case 6 -> {
                    String j = JUNK[rnd.nextInt(JUNK.length)];
                    int col = line.isEmpty() ? 0 : rnd.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, col) + j + line.substring(col));
                    ops.append("junk U+").append(Integer.toHexString(j.codePointAt(0))).append(" at line ").append(at + 1);
                }
                case 7 -> {
                    int other = rnd.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                    ops.append("swap lines ").append(at + 1).append(", ").append(other + 1);
                }
                case 8 -> {
                    lines.set(at, rnd.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                    ops.append("indent line ").append(at + 1);
                }
                default -> {
                    flipped = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    int pos = rnd.nextInt(flipped.length);
                    int bit = rnd.nextInt(8);
                    flipped[pos] ^= (byte) (1 << bit);
                    lines = new ArrayList<>(List.of(new String(flipped, StandardCharsets.ISO_8859_1).split("\n", -1)));
                    ops.append("flip bit ").append(bit).append(" of byte ").append(pos + 1);
                }
            }
        }
        // after a byte flip the lines hold raw bytes (ISO-8859-1) so the flip survives later text edits
        byte[] bytes = flipped != null ? String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1)
                : String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return new Mutant(String.format("%s-%03d", id, n), id, ops.toString(), bytes);
    }
}

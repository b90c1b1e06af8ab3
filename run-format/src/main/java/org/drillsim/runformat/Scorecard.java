package org.drillsim.runformat;

import java.util.List;

/**
 * {@code scorecard.json}: every target and indicator over the replications.
 *
 * @param scenario        scenario id
 * @param replications    replications run
 * @param confidenceLevel level of the intervals (0.95)
 * @param horizonHours    simulated horizon
 * @param targets         one per scenario target, in scenario order
 * @param indicators      one per indicator, in order
 * @param scope           the district the targets are scored for ({@code scoring.district}), null for the whole area
 * @param districts       the targets per district of the map, in the map's order (none without district boundaries)
 */
public record Scorecard(String scenario, int replications, double confidenceLevel, double horizonHours,
                        List<Target> targets, List<Indicator> indicators, String scope, List<District> districts) {

    /** Absent indicators and districts read as none; absent targets stay null so that a reader can refuse the file. */
    public Scorecard {
        targets = targets == null ? null : List.copyOf(targets);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /** A file without districts (older runs, synthetic maps). */
    public Scorecard(String scenario, int replications, double confidenceLevel, double horizonHours,
                     List<Target> targets, List<Indicator> indicators) {
        this(scenario, replications, confidenceLevel, horizonHours, targets, indicators, null, List.of());
    }

    /**
     * The targets scored for one district over the replications.
     *
     * @param name       district name
     * @param peopleMean residents in it (mean over replications)
     * @param targets    one row per target, in the order of {@link #targets()}
     */
    public record District(String name, double peopleMean, List<DistrictTarget> targets) {
        public District {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    /**
     * One target in one district: the same value and pass rule as the whole-area row (see {@link Target}).
     *
     * @param id           target id
     * @param scored       whether any replication measured something in the district
     * @param value        mean, interval and range of the value
     * @param pass         the pass decision on the mean
     * @param passRate     share of scored replications that passed
     * @param measuredMean people / units measured per replication (response-time)
     * @param lateMean     of those, late
     * @param note         how the value was obtained, or why it is not scored
     */
    public record DistrictTarget(String id, boolean scored, Value value, boolean pass, double passRate,
                                 double measuredMean, double lateMean, Bilingual note) {

        /** The one verdict ({@link Verdict}) on this district's numbers against the whole-area target's requirement. */
        public Verdict verdict(Target whole) {
            if (!scored || value == null) {
                return Verdict.NOT_SCORED;
            }
            if (whole.isResponseTime()) {
                return Verdict.ofShare(value.mean(), Verdict.clipShare(value.low()), Verdict.clipShare(value.high()),
                        whole.requiredShare());
            }
            return Verdict.of(value.mean(), value.low(), value.high(), whole.comparison(), whole.threshold());
        }
    }

    /** The district named {@code name}, or null. */
    public District district(String name) {
        for (District d : districts) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** The target kind whose value is a share of people (units) within a time. */
    public static final String RESPONSE_TIME = "response-time";

    /**
     * One target over the replications. Numbers the writer could not state (no interval with one replication,
     * nothing measured) are NaN here and {@code null} in the file.
     *
     * @param requiredShare      share of people to serve in time (response-time targets; NaN otherwise)
     * @param clock              the clock's start and stop events (response-time targets; null otherwise)
     * @param scored             whether any replication measured something
     * @param scoredReplications replications that measured something
     * @param value              mean, interval and range of the value
     * @param pass               whether the {@link #verdict()} is met
     * @param passRate           share of scored replications that passed
     * @param passRule           the pass rule in words
     * @param causes             causes of the late time, largest first
     * @param perReplication     the value per replication (NaN where nothing was measured)
     */
    public record Target(String id, Bilingual label, String kind, double threshold, String unit, String comparison,
                         double requiredShare, Clock clock, boolean scored, int scoredReplications, Value value,
                         boolean pass, double passRate, Bilingual passRule, double measuredMean, double lateMean,
                         double pendingMean, double meanHours, List<Cause> causes, Source source, String wording,
                         String thresholdSource, Bilingual note, List<Double> perReplication) {

        /** Absent lists read as empty. */
        public Target {
            causes = causes == null ? List.of() : List.copyOf(causes);
            perReplication = perReplication == null ? List.of() : List.copyOf(perReplication);
        }

        /** True for a response-time target (value is a share of people within the threshold). */
        public boolean isResponseTime() {
            return RESPONSE_TIME.equals(kind);
        }

        /** The one verdict ({@link Verdict}) on the mean and its interval, read from the numbers of the file. */
        public Verdict verdict() {
            if (!scored || value == null) {
                return Verdict.NOT_SCORED;
            }
            if (isResponseTime()) {
                return Verdict.ofShare(value.mean(), Verdict.clipShare(value.low()), Verdict.clipShare(value.high()),
                        requiredShare);
            }
            return Verdict.of(value.mean(), value.low(), value.high(), comparison, threshold);
        }
    }

    /** Clock event ids, see the world's clock events. */
    public record Clock(String start, String stop) {
    }

    /** Mean and Student-t interval ({@code low} … {@code high}), smallest and largest value. */
    public record Value(double mean, double halfWidth, double low, double high, double min, double max) {
    }

    /** A cause of late time and its share of it. */
    public record Cause(String id, String zh, String en, double share) {
    }

    /** Where the target comes from: plan file, document, clause, line. */
    public record Source(String file, String document, String clause, int line, String kind) {
        /** {@code kind}: {@code scenario-plan} when the scenario's own plan is cited, {@code catalogue} otherwise. */
        public Source(String file, String document, String clause, int line) {
            this(file, document, clause, line, null);
        }
    }

    /** An indicator over the replications: mean and interval. */
    public record Indicator(String id, Bilingual label, String unit, double mean, double halfWidth, double low, double high) {
    }

    /** The target with this id, or null. */
    public Target target(String id) {
        for (Target t : targets) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** The file text, two-space indented, fields in the order above. */
    public String toJson() {
        JsonOut j = new JsonOut().beginObject();
        j.field("scenario", scenario).field("replications", replications).field("confidenceLevel", confidenceLevel)
                .field("horizonHours", horizonHours);
        j.name("targets").beginArray();
        for (Target t : targets) {
            j.beginObject();
            j.field("id", t.id()).text("label", t.label()).field("kind", t.kind()).field("threshold", t.threshold())
                    .field("unit", t.unit()).field("comparison", t.comparison());
            j.field("requiredShare", t.requiredShare());
            if (t.clock() != null) {
                j.name("clock").beginObject().field("start", t.clock().start()).field("stop", t.clock().stop()).endObject();
            } else {
                j.name("clock").nul();
            }
            j.field("scored", t.scored()).field("scoredReplications", t.scoredReplications());
            Value v = t.value();
            j.name("value").beginObject().field("mean", v.mean()).field("halfWidth", v.halfWidth()).field("low", v.low())
                    .field("high", v.high()).field("min", v.min()).field("max", v.max()).endObject();
            j.field("pass", t.pass()).field("passRate", t.passRate());
            j.text("passRule", t.passRule());
            j.field("measuredMean", t.measuredMean()).field("lateMean", t.lateMean()).field("pendingMean", t.pendingMean())
                    .field("meanHours", t.meanHours());
            j.name("causes").beginArray();
            for (Cause c : t.causes()) {
                j.beginObject().field("id", c.id()).field("zh", c.zh()).field("en", c.en()).field("share", c.share())
                        .endObject();
            }
            j.endArray();
            Source s = t.source();
            j.name("source").beginObject().field("file", s.file()).field("document", s.document())
                    .field("clause", s.clause()).field("line", s.line()).field("kind", s.kind()).endObject();
            j.field("wording", t.wording()).field("thresholdSource", t.thresholdSource()).text("note", t.note());
            j.name("perReplication").beginArray();
            t.perReplication().forEach(j::num);
            j.endArray();
            j.endObject();
        }
        j.endArray();
        j.name("indicators").beginArray();
        for (Indicator i : indicators) {
            j.beginObject().field("id", i.id()).text("label", i.label()).field("unit", i.unit()).field("mean", i.mean())
                    .field("halfWidth", i.halfWidth()).field("low", i.low()).field("high", i.high()).endObject();
        }
        j.endArray();
        if (scope != null || !districts.isEmpty()) {
            // written only when there are districts, so runs without boundaries keep their former file
            j.field("scope", scope);
            j.name("districts").beginArray();
            for (District d : districts) {
                j.beginObject().field("name", d.name()).field("peopleMean", d.peopleMean());
                j.name("targets").beginArray();
                for (DistrictTarget t : d.targets()) {
                    Value v = t.value();
                    j.beginObject().field("id", t.id()).field("scored", t.scored());
                    j.name("value").beginObject().field("mean", v.mean()).field("halfWidth", v.halfWidth())
                            .field("low", v.low()).field("high", v.high()).field("min", v.min()).field("max", v.max())
                            .endObject();
                    j.field("pass", t.pass()).field("passRate", t.passRate()).field("measuredMean", t.measuredMean())
                            .field("lateMean", t.lateMean()).text("note", t.note()).endObject();
                }
                j.endArray().endObject();
            }
            j.endArray();
        }
        return j.endObject().toString();
    }
}

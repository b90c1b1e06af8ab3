package org.drillsim.format.model;

/**
 * A target to score, from the catalogue ({@code TargetCatalog}, TARGETS.md), with the scenario's
 * clock and optional overrides.
 *
 * @param id                target id from the catalogue, e.g. {@code medical-2h}
 * @param clockStart        event starting the clock; null = the catalogue default
 * @param clockStop         event stopping the clock; null = the catalogue default
 * @param requiredShare     share of people / units that must be within the threshold to pass; null = catalogue default
 * @param thresholdOverride threshold in the catalogue's unit instead of the catalogue's
 * @param overrideSource    source of the overriding threshold (required with thresholdOverride)
 */
@Doc("Target to score: catalogue id, clock start/stop, optional overrides")
public record TargetSpec(
        @Doc("target id from TARGETS.md, e.g. medical-2h") String id,
        @Opt @Doc("clock start; default from the catalogue") ClockEvent clockStart,
        @Opt @Doc("clock stop; default from the catalogue") ClockEvent clockStop,
        @Opt @Range(min = 0, max = 1) @Doc("share that must meet the threshold to pass; default from the catalogue") Double requiredShare,
        @Opt @Range(min = 0, max = 1e9) @Doc("threshold in the catalogue's unit instead of the catalogue's") Double thresholdOverride,
        @Opt @Doc("source of the overriding threshold; required with thresholdOverride") String overrideSource) {
}

package org.drillsim.format.model;

import java.util.List;

/**
 * The response plan as written (预案): the automatic policy's parameters. Every field has a stated default.
 *
 * @param dispatchRule               how units are picked
 * @param onSceneMinutes             medical team time on scene per casualty group, minutes
 * @param hospitalHandoverMinutes    ambulance time at the hospital, minutes
 * @param evacuationTrigger          when to evacuate
 * @param shelterOpening             when shelters open
 * @param shelterOpeningMinutes      time to open a shelter once ordered, minutes
 * @param supplyRequestMinutes       time from a shelter's first arrivals to its supply request, minutes
 * @param ration                     supplies per displaced person
 * @param roadRepairHoursPerBlockage repair-crew time to reopen one blocked road, hours
 * @param alertDelayMinutes          time from the hazard onset to the first response orders, minutes
 * @param warning                    the warning the automatic plan issues (level, area, channels)
 * @param responseLevels             graded response: per level I–IV its trigger, the relocation it plans for, the
 *                                   shelters it opens, the reserves it calls and the teams it mobilises
 * @param reliefDays                 days of relief the stocks must cover for the relocated people (relief-level2)
 */
@Doc("Response plan as written (预案): dispatch rule, timings, triggers, rations")
public record ResponsePolicy(
        @Opt @Doc("default priority-then-nearest") DispatchRule dispatchRule,
        @Opt @Range(min = 0, max = 600) @Doc("minutes on scene; default 15") Double onSceneMinutes,
        @Opt @Range(min = 0, max = 600) @Doc("ambulance handover at hospital, minutes; default 15") Double hospitalHandoverMinutes,
        @Opt EvacuationTrigger evacuationTrigger,
        @Opt @Doc("default on-demand") ShelterOpening shelterOpening,
        @Opt @Range(min = 0, max = 1440) @Doc("minutes to open a shelter; default 60") Double shelterOpeningMinutes,
        @Opt @Range(min = 0, max = 1440) @Doc("minutes from first arrivals to the supply request; default 30") Double supplyRequestMinutes,
        @Opt RationPolicy ration,
        @Opt @Range(min = 0, max = 240) @Doc("hours to reopen one blocked road; default 4") Double roadRepairHoursPerBlockage,
        @Opt @Range(min = 0, max = 1440) @Doc("minutes from hazard onset to the first orders; default 10") Double alertDelayMinutes,
        @Opt @Doc("the warning the plan issues (预警发布); default none") WarningPlan warning,
        @Opt @Doc("graded response (分级响应): what each level I–IV triggers and mobilises; default none") List<ResponseLevelPlan> responseLevels,
        @Opt @Range(min = 0.5, max = 60) @Doc("days of relief the stocks must cover for relocated people (relief-level2); default 3 (assumption)") Double reliefDays) {

    public ResponsePolicy {
        dispatchRule = dispatchRule == null ? DispatchRule.PRIORITY_THEN_NEAREST : dispatchRule;
        onSceneMinutes = onSceneMinutes == null ? 15.0 : onSceneMinutes;
        hospitalHandoverMinutes = hospitalHandoverMinutes == null ? 15.0 : hospitalHandoverMinutes;
        evacuationTrigger = evacuationTrigger == null ? new EvacuationTrigger(null, null, null) : evacuationTrigger;
        shelterOpening = shelterOpening == null ? ShelterOpening.ON_DEMAND : shelterOpening;
        shelterOpeningMinutes = shelterOpeningMinutes == null ? 60.0 : shelterOpeningMinutes;
        supplyRequestMinutes = supplyRequestMinutes == null ? 30.0 : supplyRequestMinutes;
        ration = ration == null ? new RationPolicy(null, null, null, null) : ration;
        roadRepairHoursPerBlockage = roadRepairHoursPerBlockage == null ? 4.0 : roadRepairHoursPerBlockage;
        alertDelayMinutes = alertDelayMinutes == null ? 10.0 : alertDelayMinutes;
        responseLevels = responseLevels == null ? List.of() : List.copyOf(responseLevels);
        reliefDays = reliefDays == null ? 3.0 : reliefDays;
    }

    /** The plan with every default. */
    public static ResponsePolicy defaults() {
        return new ResponsePolicy(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}

package org.drillsim.format.model;

/**
 * What each displaced person receives.
 *
 * @param waterLitresPerPersonPerDay drinking water, litres per person per day
 * @param foodRationsPerPersonPerDay food rations per person per day
 * @param quiltsPerPerson            quilts per person (once)
 * @param peoplePerTent              people per tent (once; outdoor shelters)
 */
@Doc("Supplies per displaced person")
public record RationPolicy(
        @Opt @Range(min = 0, max = 50) @Doc("drinking water, litres/person/day; default 3 (Sphere Handbook 2018 survival minimum 2.5–3 L)") Double waterLitresPerPersonPerDay,
        @Opt @Range(min = 0, max = 10) @Doc("food rations/person/day; default 1") Double foodRationsPerPersonPerDay,
        @Opt @Range(min = 0, max = 5) @Doc("quilts per person; default 1") Double quiltsPerPerson,
        @Opt @Range(min = 1, max = 50) @Doc("people per tent; default 5 (assumption)") Double peoplePerTent) {

    public RationPolicy {
        waterLitresPerPersonPerDay = waterLitresPerPersonPerDay == null ? 3.0 : waterLitresPerPersonPerDay;
        foodRationsPerPersonPerDay = foodRationsPerPersonPerDay == null ? 1.0 : foodRationsPerPersonPerDay;
        quiltsPerPerson = quiltsPerPerson == null ? 1.0 : quiltsPerPerson;
        peoplePerTent = peoplePerTent == null ? 5.0 : peoplePerTent;
    }
}

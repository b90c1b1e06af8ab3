package org.drillsim.format.model;

import java.util.List;

/**
 * A rescue team (or {@code count} identical teams, ids {@code <id>-1 … <id>-<count>} when count > 1).
 *
 * @param id           unique team id
 * @param name         display name
 * @param type         kind of team
 * @param count        number of identical teams this entry stands for
 * @param headcount    people per team
 * @param capabilities what it can do
 * @param home         facility id of its home base
 * @param vehicle      how it travels
 */
@Doc("Rescue team(s) (救援队伍)")
public record Team(
        @Doc("unique team id") String id,
        @Opt @Doc("display name; default the id") LocalizedText name,
        TeamType type,
        @Opt @Range(min = 1, max = 1000) @Doc("number of identical teams; default 1") Integer count,
        @Range(min = 1, max = 5000) @Doc("people per team") int headcount,
        List<TeamCapability> capabilities,
        @Doc("facility id of the home base") String home,
        @Opt @Doc("vehicle; default car") VehicleType vehicle,
        @Opt @Doc("administrative level (城市/区/县/乡镇/街道); team-size targets per level read it; default none") TeamLevel level) {

    public Team {
        name = name == null ? new LocalizedText(id, id) : name;
        count = count == null ? 1 : count;
        capabilities = List.copyOf(capabilities);
        vehicle = vehicle == null ? VehicleType.CAR : vehicle;
    }

    /** People in all {@code count} teams. */
    public long totalPeople() {
        return (long) count * headcount;
    }
}

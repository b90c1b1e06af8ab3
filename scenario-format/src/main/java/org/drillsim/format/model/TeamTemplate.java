package org.drillsim.format.model;

import java.util.List;

/**
 * A team stationed at every station imported from OSM.
 *
 * @param type         kind of team
 * @param headcount    people per team
 * @param capabilities what the team can do
 * @param vehicle      how it travels
 */
@Doc("Team placed at each imported station")
public record TeamTemplate(
        TeamType type,
        @Range(min = 1, max = 2000) @Doc("people") int headcount,
        List<TeamCapability> capabilities,
        @Opt @Doc("vehicle; default car") VehicleType vehicle) {

    public TeamTemplate {
        capabilities = List.copyOf(capabilities);
        vehicle = vehicle == null ? VehicleType.CAR : vehicle;
    }
}

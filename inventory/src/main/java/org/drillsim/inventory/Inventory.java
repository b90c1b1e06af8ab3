package org.drillsim.inventory;

import org.drillsim.format.model.Depot;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.ScenarioPlan;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;

import java.util.List;
import java.util.Map;

/**
 * What a bureau's spreadsheet lists, in WGS-84, as scenario-format records in sheet row order. A sheet without
 * data rows gives an empty list (and leaves the base scenario's category alone).
 *
 * @param shelters  避难场所
 * @param teams     救援队伍
 * @param depots    储备库与物资
 * @param hospitals 医院
 * @param fleets    车辆
 * @param helipads  直升机起降点
 * @param plan      预案条款: the unit's own plan, or null when the sheet has no rows
 * @param rows      for each sheet, the row (1-based, as Excel shows it) of each record, in list order
 */
public record Inventory(List<Shelter> shelters, List<Team> teams, List<Depot> depots, List<Hospital> hospitals,
                        List<VehicleFleet> fleets, List<HelicopterBase> helipads, ScenarioPlan plan,
                        Map<InventorySheet, List<Integer>> rows) {

    public Inventory {
        shelters = List.copyOf(shelters);
        teams = List.copyOf(teams);
        depots = List.copyOf(depots);
        hospitals = List.copyOf(hospitals);
        fleets = List.copyOf(fleets);
        helipads = List.copyOf(helipads);
        rows = Map.copyOf(rows);
    }

    /** Records listed on a sheet. */
    public int count(InventorySheet sheet) {
        return rows.getOrDefault(sheet, List.of()).size();
    }
}

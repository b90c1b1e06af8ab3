package org.drillsim.hazards.chemical;

import org.drillsim.format.io.HazardSpecCheck;
import org.drillsim.format.model.ChemicalLeakSpec;
import org.drillsim.format.model.HazardSpec;

import java.util.List;
import java.util.TreeSet;

/** A chemical leak names a chemical of the {@link ChemicalTable}. */
public final class ChemicalSpecCheck implements HazardSpecCheck {
    @Override
    public List<Problem> check(HazardSpec spec) {
        if (spec instanceof ChemicalLeakSpec c && !ChemicalTable.ids().contains(c.chemical())) {
            return List.of(new Problem("chemical", "unknown chemical '" + c.chemical() + "'; expected one of: "
                    + String.join(", ", new TreeSet<>(ChemicalTable.ids()))));
        }
        return List.of();
    }
}

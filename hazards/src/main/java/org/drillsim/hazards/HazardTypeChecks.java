package org.drillsim.hazards;

import org.drillsim.format.io.HazardSpecCheck;
import org.drillsim.format.model.HazardSpec;

import java.util.List;

/**
 * The format's check hook served by the registry: each spec is checked by its own {@link HazardType#check}, so a
 * hazard's checks live in its type and need no registration of their own.
 */
public final class HazardTypeChecks implements HazardSpecCheck {

    @Override
    public List<Problem> check(HazardSpec spec) {
        HazardType<?> type;
        try {
            type = HazardTypes.installed().forSpec(spec.getClass());
        } catch (IllegalArgumentException e) {
            // a line of the validation report rather than a stack trace
            return List.of(new Problem("type", e.getMessage()));
        }
        return check(type, spec);
    }

    private static <S extends HazardSpec> List<Problem> check(HazardType<S> type, HazardSpec spec) {
        return type.check(type.specClass().cast(spec));
    }
}

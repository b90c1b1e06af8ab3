package org.drillsim.format.io;

import org.drillsim.format.model.HazardSpec;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A check of a hazard spec that needs the hazard model's own data (the chemical table, the fuel models …),
 * which the file format does not hold. Implementations live beside their hazard in the {@code hazards}
 * module and are found with {@link ServiceLoader} (file
 * {@code META-INF/services/org.drillsim.format.io.HazardSpecCheck}), so the format never depends on the physics.
 */
public interface HazardSpecCheck {

    /** The problems of {@code spec}, empty when there are none or the spec is not of this check's kind. */
    List<Problem> check(HazardSpec spec);

    /**
     * One problem.
     *
     * @param field   path below the hazard, e.g. {@code chemical}
     * @param message what was expected, in the loader's usual wording
     */
    record Problem(String field, String message) {
    }

    /** Every check on the class path. */
    static List<HazardSpecCheck> installed() {
        return ServiceLoader.load(HazardSpecCheck.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}

package org.drillsim.format.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The plausible range of a numeric scenario field. Values outside it are errors: negative
 * capacities, wind directions outside [0, 360), absurd numbers such as 10^9 beds. On a list of
 * numbers it applies to each element.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Range {
    /** Smallest allowed value (inclusive). */
    double min();

    /** Largest allowed value (inclusive unless {@link #maxExclusive()}). */
    double max();

    /** Whether {@link #max()} itself is excluded, as for a compass direction below 360°. */
    boolean maxExclusive() default false;
}

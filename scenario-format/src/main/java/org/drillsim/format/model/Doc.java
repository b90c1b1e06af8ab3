package org.drillsim.format.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One-line description of a scenario-file field (units included). It ends up in the published
 * JSON Schema so an editor can show it while a drill organizer types.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Doc {
    /** The description, English (Chinese terms in parentheses where useful). */
    String value();
}

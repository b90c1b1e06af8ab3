package org.drillsim.world.command;

import java.util.Objects;

/**
 * Who issued a command.
 *
 * @param role the command-post role
 * @param name the person or policy, e.g. a trainee's name or {@code plan}
 */
public record Issuer(Role role, String name) {

    /** The plan as written, issuing automatically. */
    public static final Issuer PLAN = new Issuer(Role.PLAN, "plan");

    public Issuer {
        Objects.requireNonNull(role, "role");
        name = name == null || name.isBlank() ? role.id() : name;
    }
}

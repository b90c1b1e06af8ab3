package org.drillsim.format.io;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file is invalid; carries every error found, in file order. */
public final class ScenarioException extends Exception {
    private final List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** All errors, sorted by line and column. */
    public List<ScenarioError> errors() {
        return errors;
    }
}

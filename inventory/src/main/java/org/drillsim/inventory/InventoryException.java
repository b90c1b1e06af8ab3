package org.drillsim.inventory;

import java.util.List;

/** Every problem found in an inventory (nothing is written when there is one). */
public final class InventoryException extends Exception {
    private final transient List<InventoryError> errors;

    public InventoryException(List<InventoryError> errors) {
        super(errors.size() + " error(s), first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    /** The problems, in sheet order then row order. */
    public List<InventoryError> errors() {
        return errors;
    }
}

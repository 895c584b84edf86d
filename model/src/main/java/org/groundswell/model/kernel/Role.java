package org.groundswell.model.kernel;

/**
 * The frontline roles of a unit's staffing plan. Registered nurses are the role the calibration targets of
 * Aiken et al. (2002) speak of; the other roles share the same wellbeing model with their own targets.
 */
public enum Role {
    REGISTERED_NURSE("rn"),
    NURSING_ASSISTANT("assistant"),
    PHARMACIST("pharmacist"),
    TECHNICIAN("technician"),
    ENVIRONMENTAL_SERVICES("environmental");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The short identifier used in output columns. */
    public String id() {
        return id;
    }
}

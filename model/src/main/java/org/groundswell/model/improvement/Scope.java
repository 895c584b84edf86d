package org.groundswell.model.improvement;

/** How far a problem reaches (Carlson 2008: fix broken systems, not isolated problems). */
public enum Scope {
    /** One unit. */
    UNIT,
    /** A unit and the units it exchanges patients with. */
    DEPARTMENT,
    /** Every unit of the hospital. */
    SYSTEMIC
}

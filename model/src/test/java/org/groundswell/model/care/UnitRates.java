package org.groundswell.model.care;

/**
 * For tests of the processes that set a unit's conditions of care from outside the care package
 * (coordination, problems): reads the rates {@link UnitState#setConditions} turned them into, which
 * {@link Treatment} applies to the unit's patients.
 */
public final class UnitRates {

    /** The same hospital with beds that never fill, so that occupancy does nothing to its units' rates. */
    public static org.groundswell.model.parameters.HospitalParameters roomy(
            org.groundswell.model.parameters.HospitalParameters p) {
        java.util.List<org.groundswell.model.kernel.UnitParameters> units = new java.util.ArrayList<>();
        for (org.groundswell.model.kernel.UnitParameters u : p.units()) {
            units.add(u.withBeds(5000));
        }
        return p.withUnits(units);
    }

    private UnitRates() {
    }

    /** Multiplier of the unit's adverse-event hazard today. */
    public static double harmMultiplier(UnitState unit) {
        return unit.harmMultiplier;
    }

    /** Speed of care on the unit today (1: a day of care per day). */
    public static double progressRate(UnitState unit) {
        return unit.progressRate;
    }

    /**
     * Sets the unit's conditions as a unit staffed exactly to the reference load: {@code patients} patients,
     * nurses enough for {@code care.referencePatientsPerNurse} (general-unit equivalent, after the time its
     * problems and improvement work take), exhaustion at the reference 0.4, no agency staff, no overload, no
     * physician delay. Staffing then neither raises nor lowers harm, death or speed, so what is left is what
     * the unit's coordination and problems do.
     */
    public static void atReferenceLoad(UnitState unit, CareParameters care, int patients) {
        Census.set(unit, patients);
        double reference = care.referencePatientsPerNurse() * unit.parameters().nurseRatioFactor();
        double nurses = patients / reference / (1 - unit.unavailable());
        unit.setConditions(nurses, 0.4, 0, 0, 0);
    }
}

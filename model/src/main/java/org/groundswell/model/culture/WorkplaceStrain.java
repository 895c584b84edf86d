package org.groundswell.model.culture;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.coordination.Coordination;
import org.groundswell.model.improvement.ProblemBurden;
import org.groundswell.model.kernel.DailyProcess;

/**
 * VOICE, last: the strain each unit's workplace puts on its staff today, for their burnout: moral injury from
 * the problems worked around in silence ({@code culture.moralInjuryStrain} per unit of their severity; Lazes
 * &amp; Rudden), less the support of good relationships ({@code coordination.strainEffect} per RC point of
 * respect and shared goals above the reference; Common Fire 2017). Change adds to it later in the day.
 */
public final class WorkplaceStrain implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final ProblemBurden burden;
    private final Coordination coordination;
    private final UnitState[] units;
    private final double moralInjuryStrain;
    private final double strainEffect;
    private final double referenceRc;

    public WorkplaceStrain(ProblemBurden burden, Coordination coordination, UnitState[] units,
                           double moralInjuryStrain, double strainEffect, double referenceRc) {
        this.burden = burden;
        this.coordination = coordination;
        this.units = units;
        this.moralInjuryStrain = moralInjuryStrain;
        this.strainEffect = strainEffect;
        this.referenceRc = referenceRc;
    }

    @Override
    public void day(int day) {
        burden.measure();
        for (UnitState unit : units) {
            int u = unit.index();
            unit.setExtraStrain(moralInjuryStrain * burden.silent(u)
                    - strainEffect * (coordination.relationship(u) - referenceRc));
        }
    }
}

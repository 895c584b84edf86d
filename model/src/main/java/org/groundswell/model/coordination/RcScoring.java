package org.groundswell.model.coordination;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.DailyProcess;

/**
 * COORDINATION: each morning the ties of new hires are renewed (low on shared knowledge), the network is
 * scored as the relational coordination survey is (Gittell 2016), and each unit's RC sets what it does to
 * care today: the adverse-event hazard and the speed of care, by the communication its patients meet,
 * weighted by the unit's coordination demand under yesterday's load (Gittell et al. 2000: higher RC, shorter
 * stays).
 */
public final class RcScoring implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Coordination coordination;
    private final Presence presence;
    private final UnitState[] units;
    private final double sustainablePatientsPerNurse;

    /** @param sustainablePatientsPerNurse the load above which a unit is overloaded (time pressure) */
    public RcScoring(Coordination coordination, Presence presence, UnitState[] units,
                     double sustainablePatientsPerNurse) {
        this.coordination = coordination;
        this.presence = presence;
        this.units = units;
        this.sustainablePatientsPerNurse = sustainablePatientsPerNurse;
    }

    @Override
    public void day(int day) {
        coordination.renew(presence.person(), presence.present());
        double[] overload = new double[units.length];
        for (UnitState unit : units) {
            overload[unit.index()] = unit.patientsPerNurseEquivalent() - sustainablePatientsPerNurse;
        }
        coordination.score(presence.present(), overload);
        for (UnitState unit : units) {
            int u = unit.index();
            unit.setCoordination(coordination.harmMultiplier(u), coordination.speedMultiplier(u),
                    coordination.careTeamRc(u));
        }
    }
}

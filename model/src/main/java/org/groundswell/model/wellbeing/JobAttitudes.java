package org.groundswell.model.wellbeing;

import java.io.Serializable;
import java.util.Arrays;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.workforce.Workforce;

/**
 * Job dissatisfaction and intent to leave (Aiken et al. 2002, JAMA 288:1987), as {@link Burnout} keeps them for
 * each position's holder: two lasting latents, uniform on 0-1, drawn when the holder starts. The holder is
 * dissatisfied today while the first is below the logistic of {@code wellbeing.baseDissatisfaction}, plus
 * {@code ln wellbeing.dissatisfactionRatio} per patient per nurse (general-unit equivalent) on the unit above the
 * reference load, plus {@code wellbeing.dissatisfactionFromExhaustion} per unit of exhaustion above the cut-off;
 * and intends to leave while the second is below {@code wellbeing.intentBurnedOutDissatisfied} if burned out and
 * dissatisfied, {@code wellbeing.intentOthers} otherwise.
 */
final class JobAttitudes implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WellbeingParameters wellbeing;
    private final double referencePatientsPerNurse;
    private final Workforce staff;
    // The first latent as log-odds, so that the daily comparison with a logistic needs no exponential.
    private final double[] dissatisfactionLogit;
    private final double[] intentDraw;
    // Per unit: today's patients per nurse, general-unit equivalent.
    private final double[] nurseLoad;

    JobAttitudes(WellbeingParameters wellbeing, double referencePatientsPerNurse, Workforce staff, int units) {
        this.wellbeing = wellbeing;
        this.referencePatientsPerNurse = referencePatientsPerNurse;
        this.staff = staff;
        this.dissatisfactionLogit = new double[staff.positions()];
        this.intentDraw = new double[staff.positions()];
        this.nurseLoad = new double[units];
        Arrays.fill(nurseLoad, staff.basis(Role.REGISTERED_NURSE));
    }

    /** Draws the holder of {@code slot}'s two latents, dissatisfaction first. */
    void draw(int slot, KeyedRandom random) {
        double dissatisfaction = random.nextDouble();
        set(slot, dissatisfaction, random.nextDouble());
    }

    /** Gives the holder of {@code slot} the latents drawn for it. */
    void set(int slot, double dissatisfaction, double intent) {
        dissatisfactionLogit[slot] = Math.log(dissatisfaction / (1 - dissatisfaction));
        intentDraw[slot] = intent;
    }

    /** Reads each unit's patients per nurse today. */
    void readLoads(UnitState[] units) {
        for (int u = 0; u < units.length; u++) {
            nurseLoad[u] = units[u].patientsPerNurseEquivalent();
        }
    }

    /** The chance of dissatisfaction at the staffing plan's load and the cut-off's exhaustion. */
    double plannedDissatisfaction() {
        return logistic(wellbeing.baseDissatisfaction() + Math.log(wellbeing.dissatisfactionRatio())
                * (staff.basis(Role.REGISTERED_NURSE) - referencePatientsPerNurse));
    }

    /** Whether the holder of {@code slot}, at {@code exhaustion}, is dissatisfied with the job today. */
    boolean dissatisfied(int slot, double exhaustion) {
        double logOdds = wellbeing.baseDissatisfaction()
                + Math.log(wellbeing.dissatisfactionRatio())
                * (nurseLoad[staff.unitOf(slot)] - referencePatientsPerNurse)
                + wellbeing.dissatisfactionFromExhaustion() * (exhaustion - wellbeing.exhaustionCutoff());
        return dissatisfactionLogit[slot] < logOdds;
    }

    /** Whether the holder of {@code slot}, burned out or not, intends to leave within a year. */
    boolean intendsToLeave(int slot, boolean burnedOut, double exhaustion) {
        double share = burnedOut && dissatisfied(slot, exhaustion)
                ? wellbeing.intentBurnedOutDissatisfied() : wellbeing.intentOthers();
        return intentDraw[slot] < share;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}

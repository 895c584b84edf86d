package org.groundswell.model.change;

import java.io.Serializable;
import java.util.List;

import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.parameters.Intervention;
import org.groundswell.model.parameters.InterventionParameters;
import org.groundswell.model.parameters.InterventionType;

/**
 * The interventions on a scenario's timeline, under any strategy: each starts on its day (or on the first
 * simulated day, if its day lies before) and acts to the end of the run. What each does and the sources of
 * its effect sizes are in {@link InterventionType} and {@link InterventionParameters}:
 * <ul>
 *   <li>staffing stabilization: vacancies filled faster, agency covering more of the gap (Carlson 2008);</li>
 *   <li>staff bank: bank staff work part of the agency shifts, for less (NHS Professionals 2022);</li>
 *   <li>huddles: frequent and timely communication within units, safety; minutes of each shift;</li>
 *   <li>relational: respect and shared goals on every tie, safety; hours of sessions a year;</li>
 *   <li>boundary spanners: the added spanners' cross-unit ties come into use;</li>
 *   <li>shared protocols: accurate communication and shared knowledge on every tie;</li>
 *   <li>shared information: timely and accurate communication across units.</li>
 * </ul>
 * Relationship gains are added once a week, on days divisible by seven, after the ties' weekly drift.
 */
public final class Interventions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double MINUTES_PER_HOUR = 60;

    private final boolean[] started;

    /** The timeline's runtime state for {@code interventions}, none started yet. */
    public Interventions(List<Intervention> interventions) {
        this.started = new boolean[interventions.size()];
    }

    /** The interventions' day: those due start, and every started one does its daily and weekly work. */
    public void day(ChangeContext context, int day) {
        List<Intervention> list = context.parameters().interventions();
        InterventionParameters effects = context.parameters().interventionEffects();
        for (int i = 0; i < list.size(); i++) {
            Intervention intervention = list.get(i);
            if (day < intervention.startDay()) {
                continue;
            }
            if (!started[i]) {
                started[i] = true;
                begin(context, intervention.kind(), effects);
            }
            act(context, intervention.kind(), effects, day);
        }
    }

    private static void begin(ChangeContext context, InterventionType type, InterventionParameters e) {
        switch (type) {
            case STAFFING_STABILIZATION -> context.stabilizeStaffing(e.stabilizationFillFactor(), e.stabilizationCover());
            case STAFF_BANK -> context.openStaffBank(e.bankFillShare(), e.bankMultiple());
            case HUDDLES -> raiseSafety(context, e.huddleSafetyGain());
            case RELATIONAL -> raiseSafety(context, e.relationalSafetyGain());
            case BOUNDARY_SPANNERS -> context.activateAddedSpanners();
            case COPRODUCTION -> {
                for (int u = 0; u < context.units(); u++) {
                    context.coproduce(u, e.coproductionRelationshipGain(), e.coproductionEngagementGain());
                }
            }
            case SHARED_PROTOCOLS, SHARED_INFORMATION -> {
            }
        }
    }

    private static void raiseSafety(ChangeContext context, double amount) {
        for (int u = 0; u < context.units(); u++) {
            context.raiseSafety(u, amount);
        }
    }

    private static void act(ChangeContext context, InterventionType type, InterventionParameters e, int day) {
        boolean weekly = Calendar.weekly(day);
        switch (type) {
            case HUDDLES -> {
                for (int u = 0; u < context.units(); u++) {
                    context.takeFromCare(u, context.shiftsOnDuty(u) * e.huddleMinutes() / MINUTES_PER_HOUR, false);
                }
                if (weekly) {
                    context.boost(Dimension.FREQUENT_COMMUNICATION, e.huddleGain(), true, false);
                    context.boost(Dimension.TIMELY_COMMUNICATION, e.huddleGain(), true, false);
                }
            }
            case RELATIONAL -> {
                for (int u = 0; u < context.units(); u++) {
                    context.takeFromCare(u, context.headcount(u) * e.relationalHours() / Calendar.DAYS_PER_YEAR, true);
                }
                if (weekly) {
                    context.boost(Dimension.MUTUAL_RESPECT, e.relationalGain(), true, true);
                    context.boost(Dimension.SHARED_GOALS, e.relationalGain(), true, true);
                }
            }
            case SHARED_PROTOCOLS -> {
                if (weekly) {
                    context.boost(Dimension.ACCURATE_COMMUNICATION, e.protocolGain(), true, true);
                    context.boost(Dimension.SHARED_KNOWLEDGE, e.protocolGain(), true, true);
                }
            }
            case SHARED_INFORMATION -> {
                if (weekly) {
                    context.boost(Dimension.TIMELY_COMMUNICATION, e.informationGain(), false, true);
                    context.boost(Dimension.ACCURATE_COMMUNICATION, e.informationGain(), false, true);
                }
            }
            case COPRODUCTION -> {
                for (int u = 0; u < context.units(); u++) {
                    context.takeFromCare(u, context.shiftsOnDuty(u) * e.coproductionMinutes() / MINUTES_PER_HOUR,
                            false);
                }
            }
            case STAFFING_STABILIZATION, STAFF_BANK, BOUNDARY_SPANNERS -> {
            }
        }
    }
}

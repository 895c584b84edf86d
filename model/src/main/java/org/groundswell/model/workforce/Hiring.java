package org.groundswell.model.workforce;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * BEHAVIOUR: vacancies are filled. A position left vacant is posted, and an offer is accepted after an
 * exponential wait of mean {@code workforce.daysToFill}; the new hire starts {@code workforce.daysToStart}
 * later (NSI National Health Care Retention reports: about 83 days to fill an RN vacancy). Meanwhile the
 * unit works short, on overtime and agency ({@link Staffing}). Staffing stabilization ({@link #stabilize})
 * posts and fills vacancies faster from the day it starts.
 */
public final class Hiring implements DailyProcess {

    private static final long serialVersionUID = 1L;
    /** Purpose of the keyed draw of a new hire's traits. */
    private static final long NEW_HIRE = -1;
    /** Purpose of the keyed draw of a stabilized vacancy's sooner fill. */
    private static final long STABILIZE = -2;

    private final Workforce staff;
    private final StaffWellbeing wellbeing;
    private final DayCounters counters;
    private double fillFactor = 1;
    private long hires;

    public Hiring(Workforce staff, StaffWellbeing wellbeing, DayCounters counters) {
        this.staff = staff;
        this.wellbeing = wellbeing;
        this.counters = counters;
    }

    /** Vacancies whose hire is due today are filled by a new person. */
    @Override
    public void day(int day) {
        boolean[] occupied = staff.occupied;
        for (int i = 0; i < occupied.length; i++) {
            if (!occupied[i] && staff.fillsOn[i] <= day) {
                KeyedRandom random = KeyedRandom.of(staff.slotKey[i], staff.vacancies[i], NEW_HIRE);
                staff.occupy(i, day);
                wellbeing.hire(i, random);
                hires++;
                counters.add(Counter.HIRES, staff.unitOf[i], 1);
            }
        }
    }

    /** Position {@code slot}'s holder has left: it is vacant from {@code day}, posted and filled as a vacancy is. */
    public void vacate(int slot, double day) {
        staff.occupied[slot] = false;
        staff.vacancies[slot]++;
        staff.fillsOn[slot] = day + staff.workforce.daysToFill() * fillFactor
                * KeyedRandom.of(staff.slotKey[slot], staff.vacancies[slot]).nextExponential()
                + staff.workforce.daysToStart();
    }

    /**
     * Staffing stabilization from {@code day}: vacancies are posted and filled in {@code factor} of the usual
     * time (those already posted are redrawn if that brings them sooner; an offer already accepted keeps its
     * start).
     */
    public void stabilize(int day, double factor) {
        fillFactor = factor;
        boolean[] occupied = staff.occupied;
        double[] fillsOn = staff.fillsOn;
        WorkforceParameters workforce = staff.workforce;
        for (int i = 0; i < occupied.length; i++) {
            if (occupied[i] || fillsOn[i] - day <= workforce.daysToStart()) {
                continue;
            }
            double sooner = day + workforce.daysToFill() * factor
                    * KeyedRandom.of(staff.slotKey[i], staff.vacancies[i], STABILIZE).nextExponential()
                    + workforce.daysToStart();
            fillsOn[i] = Math.min(fillsOn[i], sooner);
        }
    }

    /** Hires who started since the first day. */
    public long hires() {
        return hires;
    }
}

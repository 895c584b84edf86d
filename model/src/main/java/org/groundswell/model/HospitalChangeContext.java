package org.groundswell.model;

import java.io.Serializable;
import java.util.List;

import org.groundswell.model.change.ChangeContext;
import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The hospital's side of {@link ChangeContext}: what strategies and interventions see and do, delegated to
 * the hospital's parts. It also turns the day's hours taken from care into tomorrow's time away and today's
 * backfill cost ({@link #settleDay()}). Part of the hospital's state, so it is checkpointed with it.
 */
final class HospitalChangeContext implements ChangeContext, Serializable {

    private static final long serialVersionUID = 1L;

    private final Hospital hospital;
    private final long key;
    private final double[] hoursToday;
    private final double[] coverableToday;

    HospitalChangeContext(Hospital hospital, long key) {
        this.hospital = hospital;
        this.key = key;
        this.hoursToday = new double[hospital.unitCount()];
        this.coverableToday = new double[hospital.unitCount()];
    }

    /** Starts the day's tally of hours taken from care. */
    void beginDay() {
        java.util.Arrays.fill(hoursToday, 0);
        java.util.Arrays.fill(coverableToday, 0);
    }

    /**
     * CHANGE, last: counts the day's hours taken from care, posts the cost of the part covered by paid
     * backfill ({@code change.backfillShare}, at overtime rates), and sets the uncovered part as each unit's
     * time away for tomorrow's staffing (at most {@code change.maxTimeAway}).
     */
    void settleDay() {
        ChangeParameters change = parameters().change();
        double shiftHours = 24.0 / parameters().staffing().shiftsPerDay();
        double overtime = parameters().cost().overtimeMultiple();
        for (int u = 0; u < hoursToday.length; u++) {
            double hours = hoursToday[u];
            double covered = coverableToday[u] * change.backfillShare();
            double staffHours = hospital.staffing().dutyShifts(u) * shiftHours;
            double share = staffHours > 0 ? (hours - covered) / staffHours : 0;
            hospital.unit(u).setTimeAway(Math.min(change.maxTimeAway(), share));
            hospital.counters().add(Counter.IMPROVEMENT_HOURS, u, hours);
            hospital.ledger().post(CostComponent.IMPROVEMENT, covered * hospital.workforce().hourlyCost(u) * overtime);
        }
    }

    @Override
    public HospitalParameters parameters() {
        return hospital.parameters();
    }

    @Override
    public double releasedShare(int u, double share) {
        return hospital.culture().decisions().releaseTime(u, day(), share);
    }

    @Override
    public int day() {
        return hospital.day();
    }

    @Override
    public long key() {
        return key;
    }

    @Override
    public int units() {
        return hospital.unitCount();
    }

    @Override
    public String unitName(int u) {
        return parameters().units().get(u).name();
    }

    @Override
    public List<Problem> problems() {
        return hospital.problems().all();
    }

    @Override
    public double severity(Problem p, int k) {
        return hospital.problems().effective(p, k);
    }

    @Override
    public Practices practices() {
        return hospital.problems().practices();
    }

    @Override
    public void adopt(Practice practice) {
        hospital.problems().adopt(practice);
    }

    @Override
    public void fix(Problem p, int k, double fit) {
        hospital.problems().fix(p, k, fit);
    }

    @Override
    public int[] staff(int u) {
        boolean[] present = hospital.present();
        return java.util.Arrays.stream(hospital.people().staff()[u]).filter(i -> present[i]).toArray();
    }

    @Override
    public long person(int node) {
        return hospital.present()[node] ? hospital.holders()[node] : -1;
    }

    @Override
    public int manager(int u) {
        return hospital.people().managers()[u];
    }

    @Override
    public int[] physicians(int u) {
        return hospital.people().physicians()[u].clone();
    }

    @Override
    public double physicianJoinShare(int u) {
        return hospital.physicians().joinShare(u);
    }

    @Override
    public double problemSolving(int u) {
        return hospital.coordination().problemSolving(u);
    }

    @Override
    public double relationship(int u) {
        return hospital.coordination().relationship(u);
    }

    @Override
    public double unitRc(int u) {
        double within = hospital.coordination().unitIndex(u);
        return Double.isNaN(within) ? hospital.coordination().careTeamRc(u) : within;
    }

    @Override
    public double[][] trust() {
        return hospital.coordination().trust(hospital.present());
    }

    @Override
    public void jointSuccess(int[] people) {
        hospital.coordination().sustainedSuccess(people);
    }

    @Override
    public void boost(Dimension d, double amount, boolean withinUnits, boolean acrossUnits) {
        hospital.coordination().boost(d, amount, withinUnits, acrossUnits);
    }

    @Override
    public double safety(int u) {
        return hospital.culture().safety(u);
    }

    @Override
    public double fear(int u) {
        return hospital.culture().fear(u);
    }

    @Override
    public void actedOn(int u, int fixes) {
        hospital.culture().actedOn(u, fixes);
    }

    @Override
    public void raiseSafety(int u, double amount) {
        hospital.culture().raiseSafety(u, amount);
    }

    @Override
    public void coproduce(int u, double relationship, double engagement) {
        hospital.unit(u).setCoproduction(relationship, engagement);
    }

    @Override
    public void scaleBlame(double factor) {
        hospital.culture().scaleBlame(factor);
    }

    @Override
    public void raiseManagerRespect(double amount) {
        hospital.culture().raiseManagerRespect(amount);
    }

    @Override
    public void occupyManager(int u, double share) {
        hospital.culture().managers().occupy(u, share);
    }

    @Override
    public double sponsorship(int u) {
        return hospital.culture().managers().sponsorship(u, day());
    }

    @Override
    public double overload(int u) {
        return hospital.unit(u).patientsPerNurseEquivalent() - parameters().wellbeing().sustainablePatientsPerNurse();
    }

    @Override
    public double meanExhaustion(int u) {
        return hospital.burnout().meanExhaustion(u);
    }

    @Override
    public double cynicism(int unit) {
        return hospital.burnout().meanCynicism(unit);
    }

    @Override
    public double efficacy(int unit) {
        return hospital.burnout().meanEfficacy(unit);
    }

    @Override
    public void doneTo(int unit, double dose) {
        if (!(dose >= 0 && dose <= 1)) {
            throw new IllegalArgumentException("a dose of being done to must be between 0 and 1: " + dose);
        }
        hospital.unit(unit).addDoneTo(dose);
        hospital.coordination().doneTo(unit, dose);
    }

    @Override
    public int headcount(int u) {
        return hospital.workforce().headcount(u);
    }

    @Override
    public double shiftsOnDuty(int u) {
        return hospital.staffing().dutyShifts(u);
    }

    @Override
    public void takeFromCare(int u, double hours, boolean coverable) {
        if (!(hours >= 0)) {
            throw new IllegalArgumentException("hours taken from care must be at least 0: " + hours);
        }
        hoursToday[u] += hours;
        if (coverable) {
            coverableToday[u] += hours;
        }
    }

    @Override
    public void spend(double amount) {
        hospital.ledger().post(CostComponent.IMPROVEMENT, amount);
    }

    @Override
    public void addStrain(int u, double strain) {
        hospital.unit(u).addExtraStrain(strain);
    }

    @Override
    public void stabilizeStaffing(double fillFactor, double agencyCover) {
        hospital.hiring().stabilize(day(), fillFactor);
        hospital.staffing().coverGaps(agencyCover);
    }

    @Override
    public void openStaffBank(double fillShare, double costMultiple) {
        hospital.staffing().openBank(fillShare, costMultiple);
    }

    @Override
    public void activateAddedSpanners() {
        hospital.coordination().network().activateAddedSpanners();
    }
}

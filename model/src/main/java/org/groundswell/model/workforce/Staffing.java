package org.groundswell.model.workforce;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * STAFFING: who is on duty on each unit today, and the conditions of care that follow. For each unit and
 * role, the staff employed come to work at their shifts per week, less leave and sickness (more often when
 * burned out); the gap to the plan's need for the day's census is filled by overtime up to a cap, then in part
 * by agency staff (or, once a staff bank is open, by bank staff instead of part of the agency), and the rest is
 * left unfilled. The load that follows sets each unit's patients per nurse, its overload against the
 * sustainable load, its staff's overtime, and its conditions of care; the day's wages, overtime, agency and
 * bank shifts are posted to the ledger.
 *
 * <p>Interventions change it from the day they start: a staff bank ({@link #openBank}, NHS Professionals
 * 2022: collaborative banks replace agency staff) and the agency cover of staffing stabilization
 * ({@link #coverGaps}).
 */
public final class Staffing implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final Role[] ROLES = Workforce.ROLES;

    private final Workforce staff;
    private final StaffWellbeing wellbeing;
    private final Physicians physicians;
    private final DayCounters counters;
    private final CostLedger ledger;
    private final double sustainablePatientsPerNurse;

    private final Workload workload;
    // Staff-shifts on duty on each unit today.
    private final double[] dutyShifts;

    private double bankFillShare;
    private double bankMultiple = 1;
    private double agencyCover;
    // A regional bank's terms for today (RegionalBank), and what the day asked of it.
    private BankTerms regional = BankTerms.NONE;
    private double coverShifts;
    private final double[] bankShifts;

    /**
     * @param sustainablePatientsPerNurse the load above which a unit is overloaded
     */
    public Staffing(Workforce staff, StaffWellbeing wellbeing, Workload workload, Physicians physicians,
                    DayCounters counters, CostLedger ledger, double sustainablePatientsPerNurse) {
        this.staff = staff;
        this.wellbeing = wellbeing;
        this.physicians = physicians;
        this.counters = counters;
        this.ledger = ledger;
        this.sustainablePatientsPerNurse = sustainablePatientsPerNurse;
        int units = staff.units();
        this.workload = workload;
        this.dutyShifts = new double[units];
        this.bankShifts = new double[units];
    }

    @Override
    public void day(int day) {
        WorkforceParameters workforce = staff.workforce;
        StaffingParameters staffing = staff.staffing;
        double attendance = workforce.shiftsPerWeek() / Calendar.DAYS_PER_WEEK * (1 - workforce.leaveShare());
        int shiftsPerDay = staffing.shiftsPerDay();
        double hospitalCensus = 0;
        for (UnitState unit : staff.units) {
            hospitalCensus += unit.census();
        }
        double physicianDelay = physicians.delay(hospitalCensus);
        BankTerms terms = regional;
        double bankShare = Math.max(bankFillShare, terms.fillShare());
        double bankPay = terms.fillShare() > 0 ? terms.payMultiple() : bankMultiple;
        coverShifts = 0;
        if (terms.governanceCost() > 0) {
            ledger.post(CostComponent.ADMINISTRATION, terms.governanceCost());
        }
        for (UnitState unit : staff.units) {
            int u = unit.index();
            double census = unit.census();
            double nursesPerShift = 0;
            double nurseAgencyShare = 0;
            double exhaustionSum = 0;
            int headcountAll = 0;
            dutyShifts[u] = 0;
            bankShifts[u] = 0;
            for (Role role : ROLES) {
                int r = role.ordinal();
                int[] slots = staff.slots(u, r);
                if (slots.length == 0) {
                    workload.set(u, r, 0, 0);
                    continue;
                }
                double present = 0;
                int headcount = 0;
                double wages = 0;
                for (int i : slots) {
                    if (!staff.occupied[i]) {
                        continue;
                    }
                    headcount++;
                    exhaustionSum += wellbeing.exhaustion(i);
                    double sickness = workforce.sicknessRate()
                            * (wellbeing.burnedOut(i) ? workforce.burnoutSicknessRatio() : 1);
                    present += attendance * (1 - Math.min(1, sickness));
                }
                headcountAll += headcount;
                double annual = staff.cost.annualCost(role);
                double shiftCost = annual / (workforce.shiftsPerWeek() * Calendar.WEEKS_PER_YEAR);
                wages += headcount * annual / Calendar.DAYS_PER_YEAR;

                double need = census / (staffing.patientsPer(role) * unit.parameters().nurseRatioFactor())
                        * shiftsPerDay;
                double gap = Math.max(0, need - present);
                double overtime = Math.min(gap, staffing.overtimeCap() * present);
                double afterOvertime = gap - overtime;
                double covered = afterOvertime * Math.max(staffing.agencyFillShare(), agencyCover);
                double bank = covered * bankShare;
                double agency = covered - bank;
                double unfilled = afterOvertime - covered;
                coverShifts += covered;
                bankShifts[u] += bank;
                double onDutyPerShift = (present + overtime + bank * terms.productivity() + agency) / shiftsPerDay;
                dutyShifts[u] += present + overtime + bank + agency;
                double target = staffing.patientsPer(role) * unit.parameters().nurseRatioFactor();
                double productive = onDutyPerShift * (1 - unit.unavailable());
                double loadRatio = productive > 0 ? census / productive / target : 0;
                double overload = loadRatio * staff.basis(role) - sustainablePatientsPerNurse;
                workload.set(u, r, overload,
                        headcount > 0 ? (overtime / headcount + terms.ownExtraShifts()) * Calendar.DAYS_PER_WEEK : 0);
                if (role == Role.REGISTERED_NURSE) {
                    nursesPerShift = onDutyPerShift;
                    double duty = present + overtime + bank + agency;
                    nurseAgencyShare = duty > 0 ? (agency + bank * terms.unfamiliarWeight()) / duty : 0;
                }

                ledger.post(CostComponent.WAGES, wages);
                ledger.post(CostComponent.OVERTIME, overtime * shiftCost * staff.cost.overtimeMultiple());
                ledger.post(CostComponent.AGENCY, agency * shiftCost * staff.cost.agencyMultiple());
                ledger.post(CostComponent.BANK, bank * shiftCost * bankPay);
                counters.add(Counter.BANK_SHIFTS, u, bank);
                counters.add(Counter.SCHEDULED_SHIFTS, u, present);
                counters.add(Counter.OVERTIME_SHIFTS, u, overtime);
                counters.add(Counter.AGENCY_SHIFTS, u, agency);
                counters.add(Counter.UNFILLED_SHIFTS, u, unfilled);
            }
            counters.add(Counter.NURSES_ON_DUTY, u, nursesPerShift);
            double meanExhaustion = headcountAll > 0 ? exhaustionSum / headcountAll : 0;
            unit.setConditions(nursesPerShift, meanExhaustion, nurseAgencyShare,
                    workload.overload(u, Role.REGISTERED_NURSE.ordinal()), physicianDelay);
        }
    }

    /**
     * A collaborative staff bank from today: bank staff work {@code fillShare} of the shifts agency would
     * otherwise fill, at {@code costMultiple} times a staff shift.
     */
    public void openBank(double fillShare, double costMultiple) {
        bankFillShare = fillShare;
        bankMultiple = costMultiple;
    }

    /**
     * A regional bank's terms from today until they are set again ({@link BankTerms#NONE}: no regional bank).
     * The bank fills the larger of its share and a bank of the hospital's own.
     */
    public void regionalBank(BankTerms terms) {
        regional = java.util.Objects.requireNonNull(terms, "terms");
    }

    /** The shifts agency or a bank could fill today, on every unit and role: what the day asked of a bank. */
    public double coverShifts() {
        return coverShifts;
    }

    /** Bank shifts worked on unit {@code u} today, every role. */
    public double bankShifts(int u) {
        return bankShifts[u];
    }

    /** From today agency covers at least {@code cover} of the gap left after overtime (staffing stabilization). */
    public void coverGaps(double cover) {
        agencyCover = cover;
    }

    /** Staff-shifts on duty on unit {@code u} today (own staff, overtime, bank and agency). */
    public double dutyShifts(int u) {
        return dutyShifts[u];
    }
}

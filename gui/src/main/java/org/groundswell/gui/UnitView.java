package org.groundswell.gui;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.DayLog;
import org.groundswell.model.Hospital;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * A unit as the view draws it and the Console inspects it: its census and staffing, burnout, relational
 * coordination, psychological safety, broken systems and practices. Day figures are the unit's metrics of
 * the last day simulated, from the registry, as {@code units.csv} reports them. Reads the model, never
 * changes it.
 */
public final class UnitView {

    private final Hospital hospital;
    private final int unit;
    private final DayLog log;

    UnitView(Hospital hospital, int unit, DayLog log) {
        this.hospital = hospital;
        this.unit = unit;
        this.log = log;
    }

    int index() {
        return unit;
    }

    private UnitState state() {
        return hospital.units().get(unit);
    }

    /** The unit's value of a per-unit metric on the last day simulated (NaN before the first). */
    double metric(Metric metric) {
        DayRecord day = log.latest();
        return day == null ? Double.NaN : day.unitValue(unit, metric);
    }

    /** The practice of {@code type} in place on the unit, or null. */
    Practice practice(ProblemType type) {
        return hospital.problems().practices().get(unit, type);
    }

    /** Whether that practice works (its effect is at least the working fit). */
    boolean working(ProblemType type) {
        return hospital.problems().practices().working(unit, type);
    }

    public String getName() {
        return state().parameters().name();
    }

    public int getBeds() {
        return state().parameters().beds();
    }

    public int getCensus() {
        return state().census();
    }

    public double getPatientsPerNurse() {
        return metric(Metrics.PATIENTS_PER_NURSE);
    }

    public int getStaffEmployed() {
        return hospital.workforce().headcount(unit);
    }

    public double getVacancyRate() {
        return metric(Metrics.VACANCY_RATE);
    }

    public double getBurnoutRate() {
        return metric(Metrics.BURNOUT_RATE);
    }

    public String desBurnoutRate() {
        return Metrics.BURNOUT_RATE.description();
    }

    public double getMeanExhaustion() {
        return hospital.burnout().meanExhaustion(unit);
    }

    public double getRcWithinUnit() {
        return hospital.coordination().unitIndex(unit);
    }

    public String desRcWithinUnit() {
        return "Relational coordination index (1-5) of the ties within the unit, scored as the survey is.";
    }

    public double getRcAcrossUnits() {
        return hospital.coordination().crossUnitIndex(unit);
    }

    public double getPsychologicalSafety() {
        return hospital.culture().safety(unit);
    }

    public double getFearOfBlame() {
        return hospital.culture().fear(unit);
    }

    public long getBlamings() {
        return hospital.culture().blames(unit);
    }

    public String desBlamings() {
        return "Reported adverse events leadership answered by blaming individuals, since the first day.";
    }

    public long getJointAnalyses() {
        return hospital.culture().analyses(unit);
    }

    public double getProblemsOpen() {
        return metric(Metrics.PROBLEMS_OPEN_METRIC);
    }

    public double getWorkarounds() {
        return metric(Metrics.WORKAROUNDS_ACTIVE);
    }

    public int getPracticesWorking() {
        return hospital.problems().practices().workingOn(unit);
    }

    public String desPracticesWorking() {
        return "Problem types (of " + ProblemType.values().length + ") for which the unit has a working practice.";
    }

    public String getPractices() {
        Practices practices = hospital.problems().practices();
        List<String> out = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            Practice p = practices.get(unit, type);
            if (p != null) {
                out.add(type.id() + " (" + p.designer().name().toLowerCase(java.util.Locale.ROOT) + ", effect "
                        + String.format(java.util.Locale.ROOT, "%.2f", p.effect())
                        + (practices.working(unit, type) ? "" : ", worn") + ")");
            }
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    @Override
    public String toString() {
        return "unit " + getName();
    }
}

package org.groundswell.gui;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.coordination.CoordinationParameters;
import org.groundswell.model.coordination.NetworkParameters;
import org.groundswell.model.culture.CultureParameters;
import org.groundswell.model.culture.LeadershipParameters;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.StaffingParameters;
import org.groundswell.model.workforce.WorkforceParameters;
import org.groundswell.scenarios.ParameterReference;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

import sim.util.Interval;

/**
 * The parameters a teacher changes between runs, as the bean MASON's Console shows in its Model tab: the
 * strategy (and, side by side, the second one), the headline parameters of the scenario and the
 * partnership's switches. Each setter validates the value at once, as a scenario file's value is validated,
 * and throws a {@link ParameterException} naming the parameter, the value and what is allowed; the window
 * shows that message to the user. Nothing changes in a running hospital: the parameters are read when the
 * run is (re)started.
 *
 * <p>Property methods follow MASON's conventions ({@code getX}/{@code setX}, {@code domX} for the slider or
 * pop-up, {@code desX} for the tool tip, {@code hideX}), so they are public and named as MASON expects.
 */
public final class EditableParameters {

    private HospitalParameters parameters;
    private String versus;

    /**
     * @param parameters the scenario as loaded
     * @param versus     the second strategy, shown beside the scenario's, or null for one hospital
     * @throws ParameterException if {@code versus} is not a known strategy
     */
    public EditableParameters(HospitalParameters parameters, String versus) {
        this.parameters = parameters;
        if (versus != null && !Strategies.isKnown(versus)) {
            throw new ParameterException("versus", versus, "one of " + String.join(", ", Strategies.ids()));
        }
        this.versus = versus;
    }

    /** The parameters as they stand: those of the next run. */
    public HospitalParameters parameters() {
        return parameters;
    }

    /** The strategy of each hospital of the next run: the scenario's, then the second one side by side. */
    public List<String> strategies() {
        List<String> all = new ArrayList<>();
        all.add(parameters.strategy());
        if (versus != null) {
            all.add(versus);
        }
        return List.copyOf(all);
    }

    /** Whether two strategies are shown side by side. */
    public boolean comparing() {
        return versus != null;
    }

    // ---- strategies

    public int getStrategy() {
        return Strategies.ids().indexOf(parameters.strategy());
    }

    public void setStrategy(int index) {
        set("strategy", strategyId("strategy", index));
    }

    public Object domStrategy() {
        return Strategies.ids().toArray(String[]::new);
    }

    public String desStrategy() {
        return describe("strategy") + (comparing() ? " Shown on the left." : "");
    }

    public int getVersus() {
        return versus == null ? 0 : Strategies.ids().indexOf(versus);
    }

    public void setVersus(int index) {
        if (versus == null) {
            throw new ParameterException("versus", index, "a window that compares two strategies (--compare A,B)");
        }
        versus = strategyId("versus", index);
    }

    public Object domVersus() {
        return domStrategy();
    }

    public String desVersus() {
        return "The strategy of the hospital on the right: the same hospital and seed under another strategy.";
    }

    public boolean hideVersus() {
        return !comparing();
    }

    // ---- the calendar

    public int getWarmupDays() {
        return parameters.warmupDays();
    }

    public void setWarmupDays(int days) {
        set("warmupDays", days);
    }

    public String desWarmupDays() {
        return describe("warmupDays");
    }

    public int getDays() {
        return parameters.days();
    }

    public void setDays(int days) {
        set("days", days);
    }

    public String desDays() {
        return describe("days");
    }

    // ---- headline parameters

    public double getPatientsPerNurse() {
        return parameters.staffing().patientsPerNurse();
    }

    public void setPatientsPerNurse(double value) {
        set("staffing.patientsPerNurse", value);
    }

    public Object domPatientsPerNurse() {
        return range(StaffingParameters.class, "patientsPerNurse");
    }

    public String desPatientsPerNurse() {
        return describe("staffing.patientsPerNurse");
    }

    public double getInitialVacancyRate() {
        return parameters.workforce().initialVacancyRate();
    }

    public void setInitialVacancyRate(double value) {
        set("workforce.initialVacancyRate", value);
    }

    public Object domInitialVacancyRate() {
        return range(WorkforceParameters.class, "initialVacancyRate");
    }

    public String desInitialVacancyRate() {
        return describe("workforce.initialVacancyRate");
    }

    public double getInitialRc() {
        return parameters.coordination().initialRc();
    }

    public void setInitialRc(double value) {
        set("coordination.initialRc", value);
    }

    public Object domInitialRc() {
        return range(CoordinationParameters.class, "initialRc");
    }

    public String desInitialRc() {
        return describe("coordination.initialRc");
    }

    public double getPsychologicalSafety() {
        return parameters.culture().psychologicalSafety();
    }

    public void setPsychologicalSafety(double value) {
        set("culture.psychologicalSafety", value);
    }

    public Object domPsychologicalSafety() {
        return range(CultureParameters.class, "psychologicalSafety");
    }

    public String desPsychologicalSafety() {
        return describe("culture.psychologicalSafety");
    }

    public double getBlameResponse() {
        return parameters.leadership().blameResponse();
    }

    public void setBlameResponse(double value) {
        set("leadership.blameResponse", value);
    }

    public Object domBlameResponse() {
        return range(LeadershipParameters.class, "blameResponse");
    }

    public String desBlameResponse() {
        return describe("leadership.blameResponse");
    }

    public double getNetworkRewiring() {
        return parameters.network().rewiring();
    }

    public void setNetworkRewiring(double value) {
        set("network.rewiring", value);
    }

    public Object domNetworkRewiring() {
        return range(NetworkParameters.class, "rewiring");
    }

    public String desNetworkRewiring() {
        return describe("network.rewiring");
    }

    // ---- the partnership's switches

    public boolean isSocialContract() {
        return parameters.partnership().socialContract();
    }

    public void setSocialContract(boolean on) {
        set("partnership.socialContract", on);
    }

    public String desSocialContract() {
        return describe("partnership.socialContract");
    }

    public boolean isEducation() {
        return parameters.partnership().education();
    }

    public void setEducation(boolean on) {
        set("partnership.education", on);
    }

    public String desEducation() {
        return describe("partnership.education");
    }

    public boolean isInternalConsultants() {
        return parameters.partnership().internalConsultants();
    }

    public void setInternalConsultants(boolean on) {
        set("partnership.internalConsultants", on);
    }

    public String desInternalConsultants() {
        return describe("partnership.internalConsultants");
    }

    public boolean isLaborRelationsTone() {
        return parameters.partnership().laborRelationsTone();
    }

    public void setLaborRelationsTone(boolean on) {
        set("partnership.laborRelationsTone", on);
    }

    public String desLaborRelationsTone() {
        return describe("partnership.laborRelationsTone");
    }

    public boolean isDocumentation() {
        return parameters.partnership().documentation();
    }

    public void setDocumentation(boolean on) {
        set("partnership.documentation", on);
    }

    public String desDocumentation() {
        return describe("partnership.documentation");
    }

    public boolean isPhysicianLeadership() {
        return parameters.partnership().physicianLeadership();
    }

    public void setPhysicianLeadership(boolean on) {
        set("partnership.physicianLeadership", on);
    }

    public String desPhysicianLeadership() {
        return describe("partnership.physicianLeadership");
    }

    public boolean isStrategicAlignment() {
        return parameters.partnership().strategicAlignment();
    }

    public void setStrategicAlignment(boolean on) {
        set("partnership.strategicAlignment", on);
    }

    public String desStrategicAlignment() {
        return describe("partnership.strategicAlignment");
    }

    public boolean isStudyActionTeams() {
        return parameters.partnership().studyActionTeams();
    }

    public void setStudyActionTeams(boolean on) {
        set("partnership.studyActionTeams", on);
    }

    public String desStudyActionTeams() {
        return describe("partnership.studyActionTeams");
    }

    // ---- validation

    /**
     * Sets {@code path} to {@code value} the way {@code --set PATH=VALUE} does, so that the value is checked
     * against the same ranges, with the same message.
     */
    private void set(String path, Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new ParameterException(path, value, "a finite number");
        }
        String text = value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
        try {
            parameters = ScenarioLoader.override(parameters, List.of(path + "=" + text));
        } catch (ScenarioException e) {
            throw new ParameterException(e.field().isEmpty() ? path : e.field(), text, e.problem());
        }
    }

    private static String strategyId(String field, int index) {
        List<String> ids = Strategies.ids();
        if (index < 0 || index >= ids.size()) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                numbered.add(i + " (" + ids.get(i) + ")");
            }
            throw new ParameterException(field, index, "the number of a strategy: " + String.join(", ", numbered));
        }
        return ids.get(index);
    }

    /** The parameter's description from the model's registry, and when a change takes effect. */
    private static String describe(String path) {
        String description = ParameterReference.find(path).map(ParameterReference.Entry::description).orElse(path);
        return "<html>" + description + " (" + path + ").<br>Takes effect when the run is restarted.</html>";
    }

    /** The range the model's {@link Param} annotation allows for {@code component} of {@code record}. */
    static Interval range(Class<? extends Record> record, String component) {
        for (RecordComponent c : record.getRecordComponents()) {
            Param param = c.getAnnotation(Param.class);
            if (c.getName().equals(component) && param != null) {
                return new Interval(param.min(), param.max());
            }
        }
        throw new IllegalArgumentException(record.getSimpleName() + " has no annotated component " + component);
    }
}

package org.groundswell.gui;

import java.util.Locale;

import org.groundswell.model.Hospital;
import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.kernel.Role;

/**
 * A person of the hospital as the view draws them and the Console inspects them: a node of the staff
 * network. Reads the model, never changes it. Wellbeing is modelled for frontline staff only; for physicians
 * and managers those properties are hidden.
 */
public final class PersonView {

    private final Hospital hospital;
    private final int node;
    private final HospitalLayout.Kind kind;

    PersonView(Hospital hospital, int node) {
        this.hospital = hospital;
        this.node = node;
        this.kind = HospitalLayout.kind(hospital, node);
    }

    int node() {
        return node;
    }

    HospitalLayout.Kind kind() {
        return kind;
    }

    /** Whether someone holds this position now; physicians and managers always do. */
    boolean present() {
        return kind != HospitalLayout.Kind.FRONTLINE || hospital.workforce().occupied(node);
    }

    double exhaustion() {
        return kind == HospitalLayout.Kind.FRONTLINE ? hospital.burnout().exhaustion(node) : Double.NaN;
    }

    double cutoff() {
        return hospital.parameters().wellbeing().exhaustionCutoff();
    }

    public String getRole() {
        return switch (kind) {
            case FRONTLINE -> roleName(hospital.workforce().roleOf(node));
            case PHYSICIAN -> "physician";
            case MANAGER -> "unit manager";
        };
    }

    public String desRole() {
        return "Frontline role, physician (drawn on the first unit they round on) or unit manager.";
    }

    public String getUnit() {
        return hospital.units().get(hospital.coordination().network().unitOf(node)).parameters().name();
    }

    public boolean isVacant() {
        return !present();
    }

    public String desVacant() {
        return "A funded position nobody holds: the vacancy is covered by overtime, bank or agency staff, or not at all.";
    }

    public boolean hideVacant() {
        return kind != HospitalLayout.Kind.FRONTLINE;
    }

    public double getExhaustion() {
        return exhaustion();
    }

    public String desExhaustion() {
        return "Emotional exhaustion, 0-1 (Maslach Burnout Inventory scale); burned out at or above "
                + cutoff() + ". Of the last holder while the position is vacant.";
    }

    public boolean hideExhaustion() {
        return kind != HospitalLayout.Kind.FRONTLINE;
    }

    public boolean isBurnedOut() {
        return kind == HospitalLayout.Kind.FRONTLINE && present() && exhaustion() >= cutoff();
    }

    public boolean hideBurnedOut() {
        return kind != HospitalLayout.Kind.FRONTLINE;
    }

    public double getCynicism() {
        return hospital.burnout().cynicism(node);
    }

    public boolean hideCynicism() {
        return kind != HospitalLayout.Kind.FRONTLINE;
    }

    public double getEfficacy() {
        return hospital.burnout().efficacy(node);
    }

    public boolean hideEfficacy() {
        return kind != HospitalLayout.Kind.FRONTLINE;
    }

    public int getTies() {
        return hospital.coordination().network().degree(node);
    }

    public String desTies() {
        return "Working ties to colleagues (each carrying the seven dimensions of relational coordination).";
    }

    public int getCrossUnitTies() {
        StaffNetwork network = hospital.coordination().network();
        int n = 0;
        for (int e : network.tiesOf(node)) {
            n += network.crossUnit(e) ? 1 : 0;
        }
        return n;
    }

    public double getMeanRc() {
        StaffNetwork network = hospital.coordination().network();
        double sum = 0;
        int n = 0;
        for (int e : network.tiesOf(node)) {
            if (network.active(e)) {
                sum += TieView.meanRc(network, e);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public String desMeanRc() {
        return "Mean relational coordination (1-5) over this person's ties: the seven dimensions averaged.";
    }

    public double getMutualRespect() {
        StaffNetwork network = hospital.coordination().network();
        double sum = 0;
        int n = 0;
        for (int e : network.tiesOf(node)) {
            if (network.active(e)) {
                sum += network.dimension(e, Dimension.MUTUAL_RESPECT);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static String roleName(Role role) {
        return role == Role.REGISTERED_NURSE ? "registered nurse"
                : role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return getRole() + ", " + getUnit() + " #" + node;
    }
}

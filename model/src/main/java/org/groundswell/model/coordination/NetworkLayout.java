package org.groundswell.model.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.groundswell.model.care.CensusPlan;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;
import org.groundswell.model.workforce.Physicians;
import org.groundswell.model.workforce.Workforce;

/**
 * Lays the staff network over the hospital's people: a node for every frontline position, then one for each
 * physician (on its home unit, rounding on others), then one for each unit's manager; ties laid by
 * {@link StaffNetwork#build} from the units' patient flows, and the relational coordination that lives on
 * them. The workgroups of the RC survey are the frontline roles, then physicians, then unit managers.
 *
 * <p>Each unit's coordination demand comes from its patients: uncertainty from its share of high-acuity
 * patients, interdependence from its share of patients who arrive or leave by transfer (Gittell 2016).
 */
public final class NetworkLayout {

    /** Workgroup of the physicians. */
    public static final int PHYSICIAN_GROUP = Role.values().length;
    /** Workgroup of the unit managers. */
    public static final int MANAGER_GROUP = PHYSICIAN_GROUP + 1;
    /** Workgroups of the RC survey. */
    public static final int GROUPS = MANAGER_GROUP + 1;

    /**
     * The network and what lives on it.
     *
     * @param coordination relational coordination over the network
     * @param people       who works on each unit, by node
     * @param presence     who holds each node today
     */
    public record Network(Coordination coordination, UnitPeople people, Presence presence) {
    }

    private NetworkLayout() {
    }

    /**
     * Lays out the network.
     *
     * @param inflow        patients a day expected to enter each unit ({@link CensusPlan#expectedInflow})
     * @param networkKey    the key of the network's random numbers
     * @param spannersAdded boundary spanners added by a scheduled intervention (0 if none)
     */
    public static Network build(Workforce workforce, Physicians physicians, List<UnitParameters> units,
                                double[] inflow, NetworkParameters network, CoordinationParameters rc,
                                long networkKey, int spannersAdded) {
        int n = units.size();
        int staff = workforce.positions();
        int doctors = physicians.count();
        int nodes = staff + doctors + n;
        int[] nodeUnit = new int[nodes];
        int[] nodeRole = new int[nodes];
        int[][] roundsOn = new int[nodes][];
        long[] nodeKey = new long[nodes];
        for (int i = 0; i < staff; i++) {
            nodeKey[i] = workforce.slotKey(i);
            nodeUnit[i] = workforce.unitOf(i);
            nodeRole[i] = workforce.roleOf(i).ordinal();
            roundsOn[i] = new int[0];
        }
        for (int p = 0; p < doctors; p++) {
            int[] rounds = physicians.unitsOf(p);
            nodeKey[staff + p] = KeyedRandom.hash(networkKey, PHYSICIAN_GROUP, p);
            nodeUnit[staff + p] = rounds[0];
            nodeRole[staff + p] = PHYSICIAN_GROUP;
            roundsOn[staff + p] = Arrays.copyOfRange(rounds, 1, rounds.length);
        }
        for (int u = 0; u < n; u++) {
            nodeKey[staff + doctors + u] = KeyedRandom.hash(networkKey, MANAGER_GROUP, u);
            nodeUnit[staff + doctors + u] = u;
            nodeRole[staff + doctors + u] = MANAGER_GROUP;
            roundsOn[staff + doctors + u] = new int[0];
        }
        double[][] flow = new double[n][n];
        double[] transferredIn = new double[n];
        double[] outShare = new double[n];
        for (int u = 0; u < n; u++) {
            for (Transfer t : units.get(u).transfers()) {
                int v = CensusPlan.indexOf(units, t.to());
                flow[u][v] += inflow[u] * t.share();
                transferredIn[v] += inflow[u] * t.share();
                outShare[u] += t.share();
            }
        }
        double[] acuity = new double[n];
        double[] transferShare = new double[n];
        for (int u = 0; u < n; u++) {
            acuity[u] = units.get(u).highAcuityShare();
            double in = inflow[u] > 0 ? transferredIn[u] / inflow[u] : 0;
            transferShare[u] = (in + outShare[u]) / 2;
        }
        StaffNetwork ties = StaffNetwork.build(
                new StaffNetwork.Layout(nodeUnit, nodeRole, nodeKey, Role.REGISTERED_NURSE.ordinal(), roundsOn, flow, n),
                network, rc, networkKey, spannersAdded);
        Presence presence = new Presence(workforce, nodes);
        Coordination coordination = new Coordination(ties, rc, acuity, transferShare, presence.person(), GROUPS);
        return new Network(coordination, people(nodeUnit, nodeRole, staff, doctors), presence);
    }

    private static UnitPeople people(int[] nodeUnit, int[] nodeRole, int staff, int doctors) {
        int n = nodeUnit.length - staff - doctors;
        List<List<Integer>> all = new ArrayList<>();
        List<List<Integer>> nurses = new ArrayList<>();
        List<List<Integer>> docs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            all.add(new ArrayList<>());
            nurses.add(new ArrayList<>());
            docs.add(new ArrayList<>());
        }
        for (int i = 0; i < staff + doctors; i++) {
            if (i < staff) {
                all.get(nodeUnit[i]).add(i);
                if (nodeRole[i] == Role.REGISTERED_NURSE.ordinal()) {
                    nurses.get(nodeUnit[i]).add(i);
                }
            } else {
                docs.get(nodeUnit[i]).add(i);
            }
        }
        int[] managers = new int[n];
        for (int u = 0; u < n; u++) {
            managers[u] = staff + doctors + u;
        }
        return new UnitPeople(toArrays(all), toArrays(nurses), toArrays(docs), managers);
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}

package org.groundswell.model.coordination;

import java.io.Serializable;

/**
 * Who works on each unit, by node of the staff network: for choosing who is blamed, who sits on an analysis
 * or a team.
 *
 * @param staff      each unit's frontline nodes
 * @param nurses     each unit's registered-nurse nodes
 * @param physicians each unit's physician nodes (home unit)
 * @param managers   each unit's manager node
 */
public record UnitPeople(int[][] staff, int[][] nurses, int[][] physicians, int[] managers) implements Serializable {
}

package org.groundswell.gui;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.groundswell.model.Hospital;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.parameters.HospitalParameters;

import ec.util.MersenneTwisterFast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HospitalLayoutTest {

    private static Hospital started(HospitalParameters p) {
        Hospital h = new Hospital(p, false);
        h.start();
        return h;
    }

    @Test
    void everyoneIsDrawnInsideTheirUnitAndUnitsDoNotOverlap() {
        Hospital h = started(HospitalParameters.communityHospital());
        HospitalLayout layout = HospitalLayout.of(h, 660, 520);
        StaffNetwork network = h.coordination().network();
        for (int i = 0; i < network.nodes(); i++) {
            Rectangle2D.Double region = layout.region(network.unitOf(i));
            assertTrue(region.contains(layout.x(i), layout.y(i)), "node " + i);
        }
        int units = h.units().size();
        for (int u = 0; u < units; u++) {
            assertTrue(new Rectangle2D.Double(0, 0, 660, 520).contains(layout.region(u)));
            for (int v = u + 1; v < units; v++) {
                assertFalse(layout.region(u).intersects(layout.region(v)), u + " and " + v);
            }
        }
    }

    @Test
    void managersAreInTheMiddleAndKindsFollowTheNetworksOrder() {
        Hospital h = started(HospitalParameters.communityHospital());
        StaffNetwork network = h.coordination().network();
        int n = network.nodes();
        int units = h.units().size();
        assertEquals(HospitalLayout.Kind.FRONTLINE, HospitalLayout.kind(h, 0));
        assertEquals(HospitalLayout.Kind.PHYSICIAN, HospitalLayout.kind(h, h.workforce().positions()));
        assertEquals(HospitalLayout.Kind.MANAGER, HospitalLayout.kind(h, n - 1));
        assertEquals(units, (int) java.util.stream.IntStream.range(0, n)
                .filter(i -> HospitalLayout.kind(h, i) == HospitalLayout.Kind.MANAGER).count());
        HospitalLayout layout = HospitalLayout.of(h, 660, 520);
        for (int u = 0; u < units; u++) {
            int manager = n - units + u;
            Rectangle2D.Double area = HospitalLayout.peopleArea(layout.region(u));
            double dx = (layout.x(manager) - area.getCenterX()) / area.width;
            double dy = (layout.y(manager) - area.getCenterY()) / area.height;
            assertTrue(Math.hypot(dx, dy) < 0.2, "the manager of unit " + u + " is near its middle");
        }
    }

    @Test
    void everyCrossUnitTieIsDrawnAndTheSampleIsTheGuisOwn() {
        Hospital h = started(HospitalParameters.communityHospital());
        StaffNetwork network = h.coordination().network();
        int[] a = HospitalView.sample(network, new MersenneTwisterFast(1));
        int[] b = HospitalView.sample(network, new MersenneTwisterFast(1));
        assertTrue(network.ties() > HospitalView.MAX_TIES, "the default hospital has more ties than are drawn");
        assertEquals(HospitalView.MAX_TIES, a.length);
        assertTrue(Arrays.equals(a, b), "the same seed of the GUI's generator draws the same ties");
        long across = java.util.stream.IntStream.range(0, network.ties()).filter(network::crossUnit).count();
        assertTrue(across < HospitalView.MAX_TIES / 2);
        assertEquals(across, Arrays.stream(a).filter(network::crossUnit).count());
    }
}

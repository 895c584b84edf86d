package org.groundswell.model.parameters;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.groundswell.model.param.Defaults;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.param.Requires;
import org.groundswell.model.region.BankParameters;
import org.groundswell.model.region.SharedDataParameters;

/**
 * A region of hospitals that share a workforce (NHS Professionals 2022): its members, its staff bank and the
 * agreement that governs it, and its shared data. With no members the run is one hospital, and the rest is
 * unused.
 *
 * @param hospitals the member hospitals, in the order their rows are written; empty for a single hospital
 * @param bank      the regional staff bank and its governance
 * @param data      the region's shared data
 */
public record RegionParameters(
        @Param(description = "The member hospitals of a region (empty: the scenario is one hospital)", min = 0,
                max = 100)
        List<MemberParameters> hospitals,
        @Param(description = "The regional staff bank and the agreement that governs it")
        BankParameters bank,
        @Param(description = "The region's shared data")
        SharedDataParameters data) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RegionParameters {
        hospitals = hospitals == null ? null : List.copyOf(hospitals);
        Requires.valid(RegionParameters.class, hospitals, bank, data);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < hospitals.size(); i++) {
            if (!names.add(hospitals.get(i).name())) {
                throw new ParameterException("hospitals[" + i + "].name", hospitals.get(i).name(),
                        "a name no other hospital of the region has");
            }
        }
    }

    /** No region: one hospital, with the bank and the data at their defaults. */
    public static RegionParameters none() {
        return new RegionParameters(List.of(), Defaults.of(BankParameters.class),
                Defaults.of(SharedDataParameters.class));
    }

    /** Whether the scenario is a region of hospitals rather than one hospital. */
    public boolean hasHospitals() {
        return !hospitals.isEmpty();
    }

    /** The same region with other members. */
    public RegionParameters withHospitals(List<MemberParameters> members) {
        return new RegionParameters(members, bank, data);
    }

    /** The same region with another bank. */
    public RegionParameters withBank(BankParameters newBank) {
        return new RegionParameters(hospitals, newBank, data);
    }

    /** The same region with other shared data. */
    public RegionParameters withData(SharedDataParameters newData) {
        return new RegionParameters(hospitals, bank, newData);
    }
}

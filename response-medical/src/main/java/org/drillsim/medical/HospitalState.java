package org.drillsim.medical;

import org.drillsim.core.Resource;
import org.drillsim.core.Simulation;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.world.Facility;

/** A hospital in one replication: its beds as a kernel {@link Resource}, plus patients on their way. */
final class HospitalState {
    final Hospital spec;
    final Facility facility;
    final Resource beds;
    int inbound;
    long admitted;
    boolean surged;
    boolean limited;

    HospitalState(Simulation sim, Hospital spec, Facility facility) {
        this.spec = spec;
        this.facility = facility;
        this.beds = new Resource(sim, "beds:" + spec.id(), Math.max(0, spec.beds()));
    }

    boolean can(HospitalCapability c) {
        return spec.capabilities().contains(c);
    }

    /** Beds neither used nor promised to a patient on the way. */
    int freeBeds() {
        return beds.available() - inbound;
    }
}

package org.drillsim.ui.session;

import org.drillsim.scenarios.command.Command;
import org.drillsim.scenarios.command.Issuer;
import org.drillsim.scenarios.command.Role;
import org.drillsim.scenarios.model.Inject;
import org.drillsim.scenarios.model.InjectEffect;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands through which an ad-hoc inject acts on the world: road effects become the controller's
 * close/reopen-road commands (so they go through the same command bus as every decision).
 */
final class InjectCommands {
    /** The controller as a command issuer (导调). */
    static final Issuer CONTROLLER = new Issuer(Role.COMMANDER, "导调 controller");

    private InjectCommands() {
    }

    static List<Command> commandsFor(Inject inject) {
        List<Command> out = new ArrayList<>();
        for (InjectEffect e : inject.effects()) {
            if (e instanceof InjectEffect.CloseRoad c) out.add(new Command.CloseRoad(CONTROLLER, c.near(), c.radiusM(), c.roadName()));
            else if (e instanceof InjectEffect.ReopenRoad r) out.add(new Command.ReopenRoad(CONTROLLER, r.near(), r.radiusM(), r.roadName()));
        }
        return out;
    }
}

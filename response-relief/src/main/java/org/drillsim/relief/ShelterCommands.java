package org.drillsim.relief;

import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandHandler;
import org.drillsim.world.command.CommandRejectedException;

/** Handlers of {@code open-shelter} and {@code close-shelter}. */
final class ShelterCommands {
    private ShelterCommands() {
    }

    static void install(org.drillsim.world.ModuleContext w, Shelters shelters) {
        w.commands().register(Command.OpenShelter.class, new CommandHandler<>() {
            @Override
            public void validate(Command.OpenShelter c) throws CommandRejectedException {
                ShelterState s = shelter(shelters, c.shelterId());
                if (s.isReceiving()) {
                    throw new CommandRejectedException("避难场所 " + s.id() + " 已开放", "shelter " + s.id() + " is already open");
                }
            }

            @Override
            public void apply(Command.OpenShelter c) {
                shelters.open(shelters.get(c.shelterId()));
            }
        });
        w.commands().register(Command.CloseShelter.class, new CommandHandler<>() {
            @Override
            public void validate(Command.CloseShelter c) throws CommandRejectedException {
                ShelterState s = shelter(shelters, c.shelterId());
                if (!s.isReceiving()) {
                    throw new CommandRejectedException("避难场所 " + s.id() + " 未开放", "shelter " + s.id() + " is not open");
                }
            }

            @Override
            public void apply(Command.CloseShelter c) {
                shelters.close(shelters.get(c.shelterId()));
            }
        });
    }

    static ShelterState shelter(Shelters shelters, String id) throws CommandRejectedException {
        ShelterState s = id == null ? null : shelters.get(id);
        if (s == null) {
            throw new CommandRejectedException("没有编号为 " + id + " 的避难场所", "no shelter " + id);
        }
        return s;
    }
}

package org.drillsim.drill;

import org.drillsim.world.Unit;
import org.drillsim.world.Units;
import org.drillsim.world.command.Command;

import java.util.Optional;

/**
 * The seats' permissions as a gate of the command bus ({@code CommandBus.addGate}): a command from a seat's role
 * that the seat may not issue, or that names a unit of another seat, is refused there with the reason in words.
 * The server also asks it before queueing an order, so a seat hears at once — the same rule, asked twice.
 */
public final class SeatGate {
    private SeatGate() {
    }

    /** The refusal reason (zh / en), or null when the command's issuer may issue it. Commands of the plan pass. */
    public static String check(Command c, Units units) {
        Optional<Seat> seat = Seat.ALL.stream().filter(s -> s.role() == c.issuer().role()).findFirst();
        if (seat.isEmpty()) return null;
        Seat s = seat.get();
        if (!s.commands().contains(c.type())) {
            return s.zh() + "无权下达“" + CommandWords.zh(c.type()) + "”命令 / the " + s.en() + " may not issue " + c.type();
        }
        String unitId = unitOf(c);
        if (unitId != null) {
            Unit u = units.get(unitId);
            if (u != null && !s.unitTypes().contains(u.type())) {
                String owner = Seat.ownerOfUnitType(u.type()).map(Seat::zh).orElse("其他单位");
                return u.name().zh() + "（" + unitId + "）归" + owner + "调度，" + s.zh() + "不能调度 / unit " + unitId
                        + " (" + u.type() + ") is commanded by " + owner + ", not by the " + s.en();
            }
        }
        if (c instanceof Command.RequestMutualAid m && !s.unitTypes().contains(m.unitType())) {
            return s.zh() + "不能请求“" + m.unitType() + "”增援 / the " + s.en() + " may not request " + m.unitType() + " units";
        }
        return null;
    }

    /** The unit a command orders, or null. */
    public static String unitOf(Command c) {
        if (c instanceof Command.Dispatch d) return d.unitId();
        if (c instanceof Command.Reassign r) return r.unitId();
        if (c instanceof Command.PrePosition p) return p.unitId();
        return null;
    }
}

package org.drillsim.ui.view;

import org.drillsim.scenarios.command.Command;
import org.drillsim.scenarios.model.GeoPoint;
import org.drillsim.ui.i18n.Messages;

import java.util.Locale;

/** A command in words for the decision log, e.g. "派遣 amb-south-1 → cas-3". */
public final class CommandText {
    private CommandText() {
    }

    /** Describes {@code c} in the current language. */
    public static String describe(Command c, Messages msg) {
        if (c instanceof Command.Dispatch d) return msg.format("cmd.dispatch", d.unitId(), d.taskId());
        if (c instanceof Command.Reassign r) return msg.format("cmd.reassign", r.unitId(), r.taskId());
        if (c instanceof Command.OpenShelter o) return msg.format("cmd.open-shelter", o.shelterId());
        if (c instanceof Command.CloseShelter o) return msg.format("cmd.close-shelter", o.shelterId());
        if (c instanceof Command.AllocateSupplies a) {
            String item = msg.get("item." + a.item().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return msg.format("cmd.allocate-supplies", item, a.quantity(), a.depotId(), a.shelterId());
        }
        if (c instanceof Command.EvacuateZone z) {
            int corners = z.polygonLonLat() == null ? 0 : Math.max(0, z.polygonLonLat().size() - 1);
            return msg.format("cmd.evacuate-zone", z.zoneId(), corners, z.shelterId() == null ? msg.get("cmd.nearest-shelter") : z.shelterId());
        }
        if (c instanceof Command.RequestMutualAid m) {
            String type = msg.has("unit." + m.unitType()) ? msg.get("unit." + m.unitType()) : m.unitType();
            return msg.format("cmd.request-mutual-aid", type, m.count(), m.facilityId(), m.delayHours());
        }
        if (c instanceof Command.CloseRoad r) return msg.format("cmd.close-road", point(r.near()), Math.round(r.radiusM()), r.roadName() == null ? "" : r.roadName());
        if (c instanceof Command.ReopenRoad r) return msg.format("cmd.reopen-road", point(r.near()), Math.round(r.radiusM()), r.roadName() == null ? "" : r.roadName());
        if (c instanceof Command.CallReserve r) return msg.format("cmd.call-reserve", r.reserveId());
        if (c instanceof Command.PrePosition p) return msg.format("cmd.pre-position", p.unitId(), p.facilityId());
        return c.type();
    }

    /** A rejection reason given as "中文 / English": the half in the interface language. */
    public static String reason(String reason, Messages msg) {
        int cut = reason.indexOf(" / ");
        if (cut < 0) return reason;
        return msg.isEnglish() ? reason.substring(cut + 3) : reason.substring(0, cut);
    }

    private static String point(GeoPoint p) {
        return p == null ? "?" : String.format(Locale.ROOT, "%.4f, %.4f", p.lat(), p.lon());
    }
}

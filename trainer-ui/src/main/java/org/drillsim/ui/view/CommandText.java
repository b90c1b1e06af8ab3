package org.drillsim.ui.view;

import org.drillsim.world.command.Command;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.Names;

import java.util.Locale;

/** A command in words for the decision log, e.g. "派遣 南岸医院 救护车 1 → 伤员点 cas-3（2 人，T1）". */
public final class CommandText {
    private CommandText() {
    }

    /** Describes {@code c} in the current language, units, tasks and facilities by their names in {@code names}. */
    public static String describe(Command c, Messages msg, Names names) {
        if (c instanceof Command.Dispatch d) return msg.format("cmd.dispatch", NameText.unit(d.unitId(), names, msg), NameText.task(d.taskId(), names, msg));
        if (c instanceof Command.Reassign r) return msg.format("cmd.reassign", NameText.unit(r.unitId(), names, msg), NameText.task(r.taskId(), names, msg));
        if (c instanceof Command.OpenShelter o) return msg.format("cmd.open-shelter", NameText.facility(o.shelterId(), names, msg));
        if (c instanceof Command.CloseShelter o) return msg.format("cmd.close-shelter", NameText.facility(o.shelterId(), names, msg));
        if (c instanceof Command.AllocateSupplies a) {
            String item = msg.get("item." + a.item().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return msg.format("cmd.allocate-supplies", item, a.quantity(), NameText.facility(a.depotId(), names, msg), NameText.facility(a.shelterId(), names, msg));
        }
        if (c instanceof Command.EvacuateZone z) {
            int corners = z.polygonLonLat() == null ? 0 : Math.max(0, z.polygonLonLat().size() - 1);
            return msg.format("cmd.evacuate-zone", z.zoneId(), corners, z.shelterId() == null ? msg.get("cmd.nearest-shelter") : NameText.facility(z.shelterId(), names, msg));
        }
        if (c instanceof Command.RequestMutualAid m) {
            String type = msg.has("unit." + m.unitType()) ? msg.get("unit." + m.unitType()) : m.unitType();
            return msg.format("cmd.request-mutual-aid", type, m.count(), NameText.facility(m.facilityId(), names, msg), m.delayHours());
        }
        if (c instanceof Command.CloseRoad r) return msg.format("cmd.close-road", point(r.near()), Math.round(r.radiusM()), r.roadName() == null ? "" : r.roadName());
        if (c instanceof Command.ReopenRoad r) return msg.format("cmd.reopen-road", point(r.near()), Math.round(r.radiusM()), r.roadName() == null ? "" : r.roadName());
        if (c instanceof Command.CallReserve r) return msg.format("cmd.call-reserve", r.reserveId());
        if (c instanceof Command.IssueWarning iw) return msg.format("cmd.issue-warning", iw.level(), iw.area(), String.join(", ", iw.channels()));
        if (c instanceof Command.StartResponse sr) return msg.format("cmd.start-response", sr.level() >= 1 && sr.level() <= 4 ? org.drillsim.format.model.ResponseLevelPlan.roman(sr.level()) : String.valueOf(sr.level()));
        if (c instanceof Command.PrePosition p) return msg.format("cmd.pre-position", NameText.unit(p.unitId(), names, msg), NameText.facility(p.facilityId(), names, msg));
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

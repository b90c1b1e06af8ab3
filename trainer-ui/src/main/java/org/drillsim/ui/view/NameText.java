package org.drillsim.ui.view;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.Names;

import java.util.Locale;

/** Names of units, tasks and facilities in the interface language, from the snapshot's {@link Names}; the id when the model has none. */
public final class NameText {
    private NameText() {
    }

    /** e.g. {@code 南岸医院 救护车 1}, {@code South Bank Hospital ambulance 1}, {@code 南岸医疗队 2}. */
    public static String unit(String id, Names names, Messages msg) {
        Names.UnitName u = names.units().get(id);
        if (u == null) return String.valueOf(id);
        if (u.name() != null) return u.of() > 1 ? msg.format("name.numbered", pick(u.name(), msg), u.ordinal()) : pick(u.name(), msg);
        String type = msg.has("unit." + u.type()) ? msg.get("unit." + u.type()) : u.type();
        if (u.base() != null) return msg.format("name.unit", pick(u.base(), msg), type, u.ordinal());
        return msg.format("name.numbered", type, id);
    }

    /** e.g. {@code 伤员点 cas-1（2 人，T1）}; other tasks as their kind and id. */
    public static String task(String id, Names names, Messages msg) {
        Names.TaskName t = names.tasks().get(id);
        if (t == null) return String.valueOf(id);
        if (t.people() > 0 && !t.triage().isEmpty())
            return msg.format("name.casualty", t.id(), t.people(), t.triage().toUpperCase(Locale.ROOT));
        String kind = "task." + t.kind();
        return msg.has(kind) ? msg.get(kind) + " " + t.id() : t.id();
    }

    /** A facility's name, or its id. */
    public static String facility(String id, Names names, Messages msg) {
        LocalizedText f = names.facilities().get(id);
        return f == null ? String.valueOf(id) : pick(f, msg);
    }

    private static String pick(LocalizedText t, Messages msg) {
        return msg.isEnglish() ? t.en() : t.zh();
    }
}

package org.drillsim.analysis.site;

import org.drillsim.format.model.LocalizedText;

import java.util.Locale;

/** What kind of facility is sited. */
public enum SiteKind {
    /** Relief-supply depot (物资储备库): serves shelters by truck. */
    DEPOT("depot", new LocalizedText("物资储备库", "relief depot")),
    /** Emergency shelter (应急避难场所): serves displaced residents. */
    SHELTER("shelter", new LocalizedText("应急避难场所", "shelter")),
    /** Ambulance stand-by base (急救站点): serves casualties. */
    AMBULANCE_BASE("ambulance-base", new LocalizedText("急救站点（救护车驻点）", "ambulance base"));

    private final String id;
    private final LocalizedText label;

    SiteKind(String id, LocalizedText label) {
        this.id = id;
        this.label = label;
    }

    /** Id used on the command line and in files. */
    public String id() {
        return id;
    }

    /** Name, zh / en. */
    public LocalizedText label() {
        return label;
    }

    /** The kind with this id ({@code depot}, {@code shelter}, {@code ambulance-base}). */
    public static SiteKind of(String id) {
        for (SiteKind k : values()) {
            if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "'; expected depot, shelter or ambulance-base");
    }
}

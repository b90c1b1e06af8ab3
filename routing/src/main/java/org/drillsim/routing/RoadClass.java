package org.drillsim.routing;

import java.util.Locale;

/** Road class of an edge, after OSM {@code highway=*} (the classes a car may use, plus OTHER). */
public enum RoadClass {
    MOTORWAY("高速公路"), TRUNK("快速路"), PRIMARY("主干路"), SECONDARY("次干路"), TERTIARY("支路"),
    UNCLASSIFIED("一般道路"), RESIDENTIAL("居住区道路"), LIVING_STREET("生活街道"), SERVICE("服务道路"),
    TRACK("土路"), ROAD("道路"), OTHER("其他");

    private final String chineseName;

    RoadClass(String chineseName) {
        this.chineseName = chineseName;
    }

    /** Chinese display name, e.g. 主干路 for PRIMARY. */
    public String chineseName() {
        return chineseName;
    }

    /** Maps an OSM highway value or a GraphHopper road-class name (any case); unknown values give OTHER. */
    public static RoadClass fromOsm(String value) {
        if (value == null) return OTHER;
        String key = value.trim().toUpperCase(Locale.ROOT);
        if (key.endsWith("_LINK")) key = key.substring(0, key.length() - 5);
        for (RoadClass c : values()) if (c.name().equals(key)) return c;
        return OTHER;
    }
}

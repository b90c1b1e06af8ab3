package org.drillsim.inventory;

import java.util.Locale;

/** The coordinate system of an inventory's 经度 / 纬度 columns. */
public enum Crs {
    /** GPS, OpenStreetMap, the scenario file */
    WGS84,
    /** Amap (高德), Tencent: 国测局 GCJ-02 */
    GCJ02,
    /** Baidu (百度) BD-09 */
    BD09;

    /** The position in WGS-84. */
    public ChinaCoordinates.LonLat toWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84 -> new ChinaCoordinates.LonLat(lon, lat);
            case GCJ02 -> ChinaCoordinates.gcj02ToWgs84(lon, lat);
            case BD09 -> ChinaCoordinates.bd09ToWgs84(lon, lat);
        };
    }

    /** wgs84 | gcj02 | bd09 (case and '-' ignored). */
    public static Crs parse(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (k) {
            case "wgs84" -> WGS84;
            case "gcj02" -> GCJ02;
            case "bd09" -> BD09;
            default -> throw new IllegalArgumentException("unknown coordinate system '" + s + "'; expected wgs84, gcj02 or bd09");
        };
    }
}

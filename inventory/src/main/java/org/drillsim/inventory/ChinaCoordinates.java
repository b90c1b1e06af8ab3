package org.drillsim.inventory;

/**
 * Chinese map coordinates to WGS-84 and back. GCJ-02 (国测局坐标, Amap / Tencent) is WGS-84 shifted by the
 * published obfuscation formula (Krasovsky ellipsoid a = 6378245 m, e² = 0.00669342162296594323); BD-09
 * (Baidu) is GCJ-02 turned once more by Baidu's published formula. The inverses have no closed form: WGS-84
 * from GCJ-02 is found by fixed-point iteration (the shift changes by well under a millimetre per metre, so it
 * converges to 1e-9° in a few steps); GCJ-02 from BD-09 uses Baidu's published inverse formula (a few
 * centimetres from exact, far below a facility's size).
 *
 * <p>The shift applies inside China only; outside the published box ({@link #outOfChina}) the coordinates
 * are returned unchanged, as every published implementation does.
 */
public final class ChinaCoordinates {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    private ChinaCoordinates() {
    }

    /** A position, degrees. */
    public record LonLat(double lon, double lat) {
    }

    /** Whether the point lies outside the box where GCJ-02 shifts (72.004–137.8347 E, 0.8293–55.8271 N). */
    public static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS-84 → GCJ-02. */
    public static LonLat wgs84ToGcj02(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double[] d = delta(lon, lat);
        return new LonLat(lon + d[0], lat + d[1]);
    }

    /** GCJ-02 → WGS-84, by iterating the forward shift until it reproduces the given point. */
    public static LonLat gcj02ToWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < 30; i++) {
            LonLat g = wgs84ToGcj02(wLon, wLat);
            double dLon = g.lon() - lon;
            double dLat = g.lat() - lat;
            wLon -= dLon;
            wLat -= dLat;
            if (Math.abs(dLon) < 1e-10 && Math.abs(dLat) < 1e-10) {
                break;
            }
        }
        return new LonLat(wLon, wLat);
    }

    /** GCJ-02 → BD-09 (Baidu's published formula). */
    public static LonLat gcj02ToBd09(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /** BD-09 → GCJ-02 (Baidu's published inverse formula). */
    public static LonLat bd09ToGcj02(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
    }

    /** BD-09 → WGS-84. */
    public static LonLat bd09ToWgs84(double lon, double lat) {
        LonLat g = bd09ToGcj02(lon, lat);
        return gcj02ToWgs84(g.lon(), g.lat());
    }

    /** WGS-84 → BD-09. */
    public static LonLat wgs84ToBd09(double lon, double lat) {
        LonLat g = wgs84ToGcj02(lon, lat);
        return gcj02ToBd09(g.lon(), g.lat());
    }

    /** The GCJ-02 shift at a WGS-84 point, degrees {dLon, dLat}. */
    private static double[] delta(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        dLat += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        dLat += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLat += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        dLon += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        dLon += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLon += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }
}

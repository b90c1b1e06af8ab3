package org.drillsim.hazards.chemical;

import org.drillsim.hazards.Check;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The weather a plume is played under, as the scenario states it (wind and cloud from given times on, a place and a
 * local start time), turned into the hour-by-hour {@link PlumeWeather} the plume uses: the Pasquill class of each
 * hour comes from the wind speed and Turner's net radiation index ({@link TurnerStability}) with the solar elevation
 * at the middle of the hour ({@link SolarPosition}), unless the scenario fixes one class for the whole release.
 *
 * @param latDeg         latitude of the release
 * @param lonDeg         longitude of the release
 * @param localStart     local clock date-time at T+0
 * @param utcOffsetHours local time minus UTC, hours (China: 8)
 * @param observations   wind and cloud from given times on, times strictly increasing, the first at T+0 or before
 * @param fixedStability one class for the whole release, or null to derive it hour by hour
 */
public record PlumeMeteo(double latDeg, double lonDeg, LocalDateTime localStart, double utcOffsetHours,
                         List<Observation> observations, Stability fixedStability) {

    /** Weather periods are generated out to this time (the longest scenario horizon, 720 h, and a day). */
    public static final long SPAN_MS = 744 * 3_600_000L;
    private static final long HOUR_MS = 3_600_000L;

    /**
     * Wind and cloud from a time on.
     *
     * @param fromMs      ms from scenario start
     * @param windSpeedMs wind speed at 10 m, m/s (at least 1: Gaussian plume limit)
     * @param windFromDeg direction the wind blows from, degrees
     * @param cloudTenths total cloud cover, tenths [0, 10]
     * @param ceilingM    cloud ceiling, m (Turner's method reads it only above 5/10 cover)
     */
    public record Observation(long fromMs, double windSpeedMs, double windFromDeg, double cloudTenths, double ceilingM) {
        public Observation {
            Check.time("weather.fromMs", fromMs);
            Check.range("weather.windSpeedMs", windSpeedMs, 1.0, 50.0);
            Check.direction("weather.windFromDeg", windFromDeg);
            Check.range("weather.cloudTenths", cloudTenths, 0, 10);
            Check.range("weather.ceilingM", ceilingM, 0, 20_000);
        }
    }

    public PlumeMeteo {
        Check.lonLat("weather.site", lonDeg, latDeg);
        Check.range("weather.utcOffsetHours", utcOffsetHours, -12, 14);
        if (localStart == null) {
            throw new IllegalArgumentException("weather.localStart: expected a local date and time");
        }
        observations = Check.nonEmpty("weather.observations", observations);
        for (int i = 1; i < observations.size(); i++) {
            if (observations.get(i).fromMs() <= observations.get(i - 1).fromMs()) {
                throw new IllegalArgumentException("weather.observations[" + i + "].fromMs: times must be strictly increasing");
            }
        }
    }

    /** The same weather with a new observation from {@code o.fromMs()} on (an inject): later ones are dropped. */
    public PlumeMeteo withObservationFrom(Observation o) {
        List<Observation> os = new ArrayList<>();
        for (Observation p : observations) {
            if (p.fromMs() < o.fromMs()) {
                os.add(p);
            }
        }
        os.add(o);
        return new PlumeMeteo(latDeg, lonDeg, localStart, utcOffsetHours, os, fixedStability);
    }

    /** The observation in force at {@code tMs}. */
    public Observation observationAt(long tMs) {
        Observation w = observations.get(0);
        for (Observation p : observations) {
            if (p.fromMs() <= tMs) {
                w = p;
            } else {
                break;
            }
        }
        return w;
    }

    /** Solar elevation at {@code tMs} from scenario start, degrees. */
    public double solarElevationDeg(long tMs) {
        return SolarPosition.elevationDeg(latDeg, lonDeg, utcAt(tMs));
    }

    /**
     * The Pasquill class at {@code tMs} for the observation in force then (or the fixed class): Turner's method with
     * the solar elevation at the middle of the local clock hour containing {@code tMs}.
     */
    public Stability stabilityAt(long tMs) {
        if (fixedStability != null) {
            return fixedStability;
        }
        Observation o = observationAt(tMs);
        long mid = hourStart(tMs) + HOUR_MS / 2;
        boolean night = TurnerStability.isNight(solarElevationDeg(mid - HOUR_MS), solarElevationDeg(mid + HOUR_MS));
        int nri = TurnerStability.netRadiationIndex(night, solarElevationDeg(mid), o.cloudTenths(), o.ceilingM());
        return TurnerStability.stability(o.windSpeedMs(), nri);
    }

    /**
     * Stepwise weather from the first observation to {@link #SPAN_MS}: a new period at every observation and every
     * full local clock hour, each with {@link #stabilityAt}; equal neighbours merged.
     */
    public List<PlumeWeather> periods() {
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
        long first = observations.get(0).fromMs();
        for (Observation o : observations) {
            cuts.add(o.fromMs());
        }
        for (long h = hourStart(first) + HOUR_MS; h < SPAN_MS; h += HOUR_MS) {
            cuts.add(h);
        }
        List<PlumeWeather> out = new ArrayList<>();
        for (long a : cuts) {
            Observation o = observationAt(a);
            PlumeWeather w = new PlumeWeather(a, o.windSpeedMs(), o.windFromDeg(), stabilityAt(a));
            PlumeWeather last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || last.windSpeedMs() != w.windSpeedMs() || last.windFromDeg() != w.windFromDeg()
                    || last.stability() != w.stability()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** Start of the local clock hour containing {@code tMs}, ms from scenario start (may be negative). */
    private long hourStart(long tMs) {
        long intoHour = (localStart.getMinute() * 60L + localStart.getSecond()) * 1000L + localStart.getNano() / 1_000_000L;
        return Math.floorDiv(tMs + intoHour, HOUR_MS) * HOUR_MS - intoHour;
    }

    private LocalDateTime utcAt(long tMs) {
        return localStart.plusNanos(tMs * 1_000_000L).minusSeconds(Math.round(utcOffsetHours * 3600));
    }
}

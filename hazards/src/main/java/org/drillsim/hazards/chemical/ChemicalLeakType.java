package org.drillsim.hazards.chemical;

import org.drillsim.format.io.HazardSpecCheck.Problem;
import org.drillsim.format.model.ChemicalLeakSpec;
import org.drillsim.format.model.TankRelease;
import org.drillsim.format.model.TerrainType;
import org.drillsim.format.model.WindPoint;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardContext;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardLook.Rgba;
import org.drillsim.hazards.HazardLook.ZoneLook;
import org.drillsim.hazards.HazardType;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.hazards.RoadEffect;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Continuous toxic release ({@code type: chemical-leak}) played by the {@link GaussianPlume}; minutes → ms. Zones
 * are AEGL threat zones; their effects are described in {@link HazardEffects}.
 */
public final class ChemicalLeakType implements HazardType<ChemicalLeakSpec> {
    private static final long MINUTE_MS = 60_000L;
    private static final HazardLook LOOK = new HazardLook("危化品泄漏", "chemical leak", Rgba.hex("#9e7c00"), List.of(
            new ZoneLook("AEGL-1", "AEGL-1 不适区", "AEGL-1 discomfort", Rgba.hex("#ffdc0059")),
            new ZoneLook("AEGL-2", "AEGL-2 伤害区", "AEGL-2 serious harm", Rgba.hex("#ff780066")),
            new ZoneLook("AEGL-3", "AEGL-3 致死区", "AEGL-3 life-threatening", Rgba.hex("#c8000078"))), false);

    @Override
    public String typeName() {
        return "chemical-leak";
    }

    @Override
    public Class<ChemicalLeakSpec> specClass() {
        return ChemicalLeakSpec.class;
    }

    @Override
    public HazardKind kind() {
        return HazardKind.CHEMICAL;
    }

    @Override
    public Hazard build(ChemicalLeakSpec spec, HazardContext context) {
        PlumeMeteo meteo = meteo(spec);
        return new GaussianPlume(params(spec, meteo), spec.localHourAtStart(), meteo, releaseTemperatureK(spec));
    }

    /**
     * Temperature of the released gas, K, for its density in the dense-gas criterion: a gas from a tank at the tank's
     * temperature; a liquid (or a stated rate) at the chemical's boiling point when that lies below 20 °C (a
     * liquefied gas flashes and the cloud leaves cold), else at 20 °C. Aerosol droplets, which make a flashing cloud
     * denser still, are left out.
     */
    public static double releaseTemperatureK(ChemicalLeakSpec c) {
        if (c.tank() != null && c.tank().phase() == TankRelease.Phase.GAS) {
            return c.tank().gasTemperatureC() + 273.15;
        }
        return Math.min(ChemicalTable.get(c.chemical()).boilingPointC(), 20.0) + 273.15;
    }

    /** The plume's parameters, its weather periods derived from {@link #meteo}. */
    public static PlumeParams params(ChemicalLeakSpec c) {
        return params(c, meteo(c));
    }

    private static PlumeParams params(ChemicalLeakSpec c, PlumeMeteo meteo) {
        double rateGs = releaseRateGs(c);
        long start = Math.round(c.startMinutes() * MINUTE_MS);
        Long stop = c.stopMinutes() == null ? null : Math.round(c.stopMinutes() * MINUTE_MS);
        if (c.tank() != null) {
            // the tank empties: inventory / rate after the start, unless stopped before
            long empty = start + Math.round(c.tank().inventoryKg() * 1000 / rateGs * 1000);
            stop = stop == null ? empty : Math.min(stop, empty);
        }
        return new PlumeParams(c.id(), c.source().lon(), c.source().lat(), c.chemical(), rateGs,
                c.releaseHeightM(), start, stop,
                c.terrain() == TerrainType.RURAL ? DispersionSetting.RURAL : DispersionSetting.URBAN, meteo.periods(),
                c.maxDistanceM());
    }

    /**
     * The weather as the scenario states it: wind points with their cloud (a point without cloud keeps the one
     * before, the first the spec's {@code cloudCoverTenths}), the place, the local start; a stated class is kept
     * for the whole release, otherwise the class is derived hour by hour.
     */
    public static PlumeMeteo meteo(ChemicalLeakSpec c) {
        List<PlumeMeteo.Observation> obs = new ArrayList<>();
        double cloud = c.cloudCoverTenths();
        for (WindPoint w : c.wind()) {
            cloud = w.cloudCoverTenths() == null ? cloud : w.cloudCoverTenths();
            obs.add(new PlumeMeteo.Observation(Math.round(w.atMinutes() * MINUTE_MS), Math.max(1.0, w.speedMPerS()),
                    w.fromDirectionDeg(), cloud, c.cloudCeilingM()));
        }
        Stability fixed = c.stability() == null ? null : Stability.valueOf(c.stability().name());
        return new PlumeMeteo(c.source().lat(), c.source().lon(), localStart(c), c.utcOffsetHours(), obs, fixed);
    }

    /** Local date-time at T+0; a fixed class needs no date (then 2000-03-20, any date serves). */
    private static LocalDateTime localStart(ChemicalLeakSpec c) {
        LocalDate day = c.startDate() == null ? LocalDate.of(2000, 3, 20) : LocalDate.parse(c.startDate());
        long seconds = Math.round(c.localHourAtStart() * 3600);
        return day.atStartOfDay().plusSeconds(seconds);
    }

    /**
     * The release rate, g/s: the stated one, otherwise from the tank's hole ({@link SourceTerm}: Bernoulli for a
     * liquid, choked or subsonic flow for a gas).
     */
    public static double releaseRateGs(ChemicalLeakSpec c) {
        if (c.releaseRateGPerS() != null) {
            return c.releaseRateGPerS();
        }
        TankRelease t = c.tank();
        if (t == null || t.holeDiameterMm() == null || t.pressureKPaGauge() == null) {
            throw new IllegalArgumentException("chemical leak " + c.id() + ": give releaseRateGPerS or a tank hole and pressure");
        }
        double area = SourceTerm.holeAreaM2(t.holeDiameterMm() / 1000);
        double gauge = t.pressureKPaGauge() * 1000;
        double kgS = switch (t.phase()) {
            case LIQUID -> SourceTerm.liquidRateKgS(t.dischargeCoefficient(), area, t.liquidDensityKgM3(), gauge,
                    t.liquidHeadM());
            case GAS -> SourceTerm.gasRateKgS(t.dischargeCoefficient(), area, gauge + SourceTerm.ATMOSPHERE_PA,
                    t.gasTemperatureC() + 273.15, ChemicalTable.get(c.chemical()).molecularWeight() / 1000,
                    t.heatCapacityRatio(), SourceTerm.ATMOSPHERE_PA);
        };
        if (!(kgS > 0)) {
            throw new IllegalArgumentException("chemical leak " + c.id() + ": the tank's hole gives no flow (pressure "
                    + t.pressureKPaGauge() + " kPa)");
        }
        return kgS * 1000;
    }

    /** The leak names a chemical of the {@link ChemicalTable}. */
    @Override
    public List<Problem> check(ChemicalLeakSpec c) {
        List<Problem> out = new ArrayList<>();
        if (!ChemicalTable.ids().contains(c.chemical())) {
            out.add(new Problem("chemical", "unknown chemical '" + c.chemical() + "'; expected one of: "
                    + String.join(", ", new TreeSet<>(ChemicalTable.ids()))));
        }
        if (c.startDate() != null) {
            try {
                LocalDate.parse(c.startDate());
            } catch (DateTimeParseException e) {
                out.add(new Problem("startDate", "expected a date yyyy-MM-dd, got '" + c.startDate() + "'"));
            }
        } else if (c.stability() == null) {
            out.add(new Problem("startDate", "needed to derive the stability class from the sun's elevation "
                    + "(give startDate: yyyy-MM-dd, or a fixed stability: A-F)"));
        }
        TankRelease t = c.tank();
        if (c.releaseRateGPerS() == null && (t == null || t.holeDiameterMm() == null)) {
            out.add(new Problem("releaseRateGPerS", "give the release rate, or a tank with holeDiameterMm"));
        }
        if (t != null && t.holeDiameterMm() != null) {
            if (c.releaseRateGPerS() != null) {
                out.add(new Problem("tank.holeDiameterMm", "give either releaseRateGPerS or the hole, not both"));
            }
            if (t.pressureKPaGauge() == null) {
                out.add(new Problem("tank.pressureKPaGauge", "needed to compute the rate through the hole"));
            }
            if (t.phase() == TankRelease.Phase.LIQUID && t.liquidDensityKgM3() == null) {
                out.add(new Problem("tank.liquidDensityKgM3", "needed for a liquid release through a hole"));
            }
            if (t.phase() == TankRelease.Phase.GAS && t.heatCapacityRatio() == null) {
                out.add(new Problem("tank.heatCapacityRatio", "needed for a gas release through a hole"));
            }
        }
        return out;
    }

    @Override
    public String label(ChemicalLeakSpec c) {
        return c.chemical() + " leak 泄漏";
    }

    /** The AEGL-3 zone is closed to the public; crews with protective equipment may enter. */
    @Override
    public RoadEffect roadEffect(HazardZone zone) {
        return aeglIndex(zone.level()) == 3 ? new RoadEffect(true, false, 1.0, zone.level() + " zone") : RoadEffect.OPEN;
    }

    @Override
    public PeopleEffect peopleEffect(HazardZone zone) {
        return switch (aeglIndex(zone.level())) {
            case 3 -> new PeopleEffect(false, ProtectiveAction.EVACUATE, HazardEffects.AEGL3_INJURY,
                    HazardEffects.AEGL3_FATALITY, "AEGL-3 zone");
            case 2 -> new PeopleEffect(false, ProtectiveAction.SHELTER_IN_PLACE, HazardEffects.AEGL2_INJURY, 0, "AEGL-2 zone");
            default -> new PeopleEffect(false, ProtectiveAction.SHELTER_IN_PLACE, 0, 0, "AEGL-1 zone");
        };
    }

    @Override
    public double severity(HazardZone zone) {
        return aeglIndex(zone.level());
    }

    @Override
    public HazardLook look() {
        return LOOK;
    }

    @Override
    public boolean windDriven() {
        return true;
    }

    /** 1, 2 or 3 for "AEGL-1", "AEGL-2", "AEGL-3"; 0 otherwise. */
    static int aeglIndex(String level) {
        return switch (level) {
            case "AEGL-1" -> 1;
            case "AEGL-2" -> 2;
            case "AEGL-3" -> 3;
            default -> 0;
        };
    }
}

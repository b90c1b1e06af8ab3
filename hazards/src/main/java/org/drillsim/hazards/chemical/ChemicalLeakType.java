package org.drillsim.hazards.chemical;

import org.drillsim.format.io.HazardSpecCheck.Problem;
import org.drillsim.format.model.ChemicalLeakSpec;
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
        return new GaussianPlume(params(spec), spec.localHourAtStart());
    }

    /** The plume's parameters. */
    public static PlumeParams params(ChemicalLeakSpec c) {
        Stability stability = Stability.valueOf(c.stability().name());
        List<PlumeWeather> weather = new ArrayList<>();
        for (WindPoint w : c.wind()) {
            weather.add(new PlumeWeather(Math.round(w.atMinutes() * MINUTE_MS), w.speedMPerS(), w.fromDirectionDeg(), stability));
        }
        return new PlumeParams(c.id(), c.source().lon(), c.source().lat(), c.chemical(), c.releaseRateGPerS(),
                c.releaseHeightM(), Math.round(c.startMinutes() * MINUTE_MS),
                c.stopMinutes() == null ? null : Math.round(c.stopMinutes() * MINUTE_MS),
                c.terrain() == TerrainType.RURAL ? DispersionSetting.RURAL : DispersionSetting.URBAN, weather,
                c.maxDistanceM());
    }

    /** The leak names a chemical of the {@link ChemicalTable}. */
    @Override
    public List<Problem> check(ChemicalLeakSpec c) {
        if (!ChemicalTable.ids().contains(c.chemical())) {
            return List.of(new Problem("chemical", "unknown chemical '" + c.chemical() + "'; expected one of: "
                    + String.join(", ", new TreeSet<>(ChemicalTable.ids()))));
        }
        return List.of();
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

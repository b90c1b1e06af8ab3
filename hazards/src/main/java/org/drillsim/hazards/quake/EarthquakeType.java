package org.drillsim.hazards.quake;

import org.drillsim.format.io.HazardSpecCheck.Problem;
import org.drillsim.format.model.EarthquakeSpec;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardContext;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardLook.Rgba;
import org.drillsim.hazards.HazardLook.ZoneLook;
import org.drillsim.hazards.HazardType;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.RoadEffect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Earthquake ({@code type: earthquake}) played by the {@link QuakeModel}: zones are PGA bands whose effects on
 * roads, bridges and people the model computes from the building stock, the bridge class and the hour
 * ({@link ShakingEffects}) and the zone carries; minutes → ms.
 */
public final class EarthquakeType implements HazardType<EarthquakeSpec> {
    private static final long MINUTE_MS = 60_000L;
    /** Shares of the building stock must add up to 1 within this. */
    static final double SHARE_TOLERANCE = 0.001;
    private static final HazardLook LOOK = new HazardLook("地震", "earthquake", Rgba.hex("#6d2a00"), List.of(
            new ZoneLook("weak", "弱震（烈度VI）", "light shaking (intensity VI)", Rgba.hex("#ffd54f1a")),
            new ZoneLook("strong", "强震", "violent shaking", Rgba.hex("#b71c1c40"))), true);

    @Override
    public String typeName() {
        return "earthquake";
    }

    @Override
    public Class<EarthquakeSpec> specClass() {
        return EarthquakeSpec.class;
    }

    @Override
    public HazardKind kind() {
        return HazardKind.EARTHQUAKE;
    }

    @Override
    public Hazard build(EarthquakeSpec q, HazardContext context) {
        List<Problem> problems = check(q);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("hazard " + q.id() + ": " + problems.get(0).field() + ": "
                    + problems.get(0).message());
        }
        return model(q);
    }

    /** The model of a checked spec. */
    public static QuakeModel model(EarthquakeSpec q) {
        List<ShakingEffects.Part> stock = new ArrayList<>();
        for (EarthquakeSpec.BuildingShare b : q.buildings()) {
            stock.add(new ShakingEffects.Part(BuildingType.get(b.hazusClass(), b.codeLevel()), b.share()));
        }
        ShakingEffects effects = new ShakingEffects(stock, BridgeClass.parse(q.bridgeClass()), q.localHour());
        return new QuakeModel(q.id(), q.epicentre().lon(), q.epicentre().lat(), q.magnitude(),
                Math.round(q.atMinutes() * MINUTE_MS), q.vs30(), Bssa14.Mechanism.valueOf(q.mechanism().name()),
                q.maxDistanceKm(), effects);
    }

    /** The building classes and the bridge class are in the Hazus tables; the stock's shares add up to 1. */
    @Override
    public List<Problem> check(EarthquakeSpec q) {
        List<Problem> out = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < q.buildings().size(); i++) {
            EarthquakeSpec.BuildingShare b = q.buildings().get(i);
            if (!BuildingType.exists(b.hazusClass(), b.codeLevel())) {
                out.add(new Problem("buildings[" + i + "]", "unknown Hazus building type " + b.hazusClass() + " at code level "
                        + b.codeLevel() + "; expected one of: " + String.join(", ", BuildingType.keys())));
            }
            sum += b.share();
        }
        if (q.buildings().isEmpty()) {
            out.add(new Problem("buildings", "expected at least one building type"));
        } else if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            out.add(new Problem("buildings", String.format(Locale.ROOT,
                    "shares must add up to 1, got %.4f", sum)));
        }
        try {
            BridgeClass.parse(q.bridgeClass());
        } catch (IllegalArgumentException e) {
            out.add(new Problem("bridgeClass", e.getMessage()));
        }
        return out;
    }

    @Override
    public String label(EarthquakeSpec q) {
        return String.format(Locale.ROOT, "M%.1f earthquake 地震", q.magnitude());
    }

    @Override
    public RoadEffect roadEffect(HazardZone zone) {
        return zone.effects() == null ? RoadEffect.OPEN : zone.effects().roads();
    }

    @Override
    public RoadEffect bridgeEffect(HazardZone zone) {
        return zone.effects() == null ? RoadEffect.OPEN : zone.effects().bridges();
    }

    @Override
    public PeopleEffect peopleEffect(HazardZone zone) {
        return zone.effects() == null ? PeopleEffect.NONE : zone.effects().people();
    }

    @Override
    public double severity(HazardZone zone) {
        return zone.intensity();
    }

    @Override
    public HazardLook look() {
        return LOOK;
    }
}

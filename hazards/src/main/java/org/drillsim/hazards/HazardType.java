package org.drillsim.hazards;

import org.drillsim.format.io.HazardSpecCheck;
import org.drillsim.format.model.HazardSpec;

import java.util.List;

/**
 * One kind of hazard as the rest of DrillSim sees it: its file-format type name and spec record, its model
 * builder, the effects of its zones on roads and people, its checks and its look. Implementations live in the
 * hazard's own package and are registered in {@code META-INF/services/org.drillsim.hazards.HazardType}, so this
 * package never names a hazard package and a new hazard needs no edit here (see {@link HazardTypes}).
 *
 * @param <S> the spec record this type builds
 */
public interface HazardType<S extends HazardSpec> {

    /** The {@code type} key of the scenario file, e.g. {@code "flood"}; equals the spec's {@code @JsonSubTypes} name. */
    String typeName();

    /** The spec record this type handles. */
    Class<S> specClass();

    /** The kind carried by this type's models, footprints and zones. */
    HazardKind kind();

    /**
     * The model of {@code spec}.
     *
     * @throws IllegalArgumentException one line naming the hazard when its inputs cannot be assembled
     */
    Hazard build(S spec, HazardContext context);

    /** Effect of one of this type's zones on the roads inside it. */
    RoadEffect roadEffect(HazardZone zone);

    /**
     * Effect of one of this type's zones on the bridges inside it: open when {@link #bridgesAboveFootprint()},
     * otherwise as any road.
     */
    default RoadEffect bridgeEffect(HazardZone zone) {
        return bridgesAboveFootprint() ? RoadEffect.OPEN : roadEffect(zone);
    }

    /** Effect of one of this type's zones on the people inside it. */
    PeopleEffect peopleEffect(HazardZone zone);

    /** A number ordering this type's zones by severity (higher = worse). */
    double severity(HazardZone zone);

    /** Names and colours for the map, the legend and the reports. */
    HazardLook look();

    /** Problems of {@code spec} that need the model's own data (validation); none by default. */
    default List<HazardSpecCheck.Problem> check(S spec) {
        return List.of();
    }

    /** One short label of {@code spec} for listings, English then Chinese (e.g. "flood 洪水"). */
    default String label(S spec) {
        return look().nameEn() + " " + look().nameZh();
    }

    /** Whether a wind-change inject applies to this hazard (plumes and fires drift with the wind). */
    default boolean windDriven() {
        return false;
    }

    /** Whether bridges stay open inside this hazard's zones (their decks are above flood water); see {@link #bridgeEffect}. */
    default boolean bridgesAboveFootprint() {
        return false;
    }

    /** Whether this hazard's zones are nested, each inside the milder one (flood bands, AEGL zones). */
    default boolean nestedZones() {
        return true;
    }

    /** Whether part of the people it displaces are trapped and wait for rescue (flood water). */
    default boolean trapsResidents() {
        return false;
    }
}

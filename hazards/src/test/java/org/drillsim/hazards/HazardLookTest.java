package org.drillsim.hazards;

import org.drillsim.hazards.HazardLook.Rgba;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Zone fills read from the registry: by level for named levels, along a ramp for depth bands. */
class HazardLookTest {
    private final HazardTypes registry = HazardTypes.installed();

    private static HazardZone zone(HazardKind kind, String level, double intensity) {
        return new HazardZone(kind, level, intensity, "x", Shapes.rect(0, 0, 10, 10));
    }

    @Test
    void hexColoursReadWithAndWithoutOpacity() {
        assertEquals(new Rgba(0x9d, 0xc8, 0xf2, 0x73), Rgba.hex("#9dc8f273"));
        assertEquals(new Rgba(13, 71, 161, 255), Rgba.hex("#0d47a1"));
        assertEquals("#0d47a1ff", Rgba.hex("#0d47a1").toHex());
        assertThrows(IllegalArgumentException.class, () -> Rgba.hex("blue"));
    }

    @Test
    void floodBandsRunFromTheShallowToTheDeepColourByRank() {
        HazardLook look = registry.forKind(HazardKind.FLOOD).look();
        List<HazardLook.ZoneFill> fills = look.fills(List.of(zone(HazardKind.FLOOD, "depth>=1.00m", 1.0),
                zone(HazardKind.FLOOD, "depth>=0.10m", 0.1), zone(HazardKind.FLOOD, "depth>=0.30m", 0.3)));
        assertEquals(List.of(0.1, 0.3, 1.0), fills.stream().map(f -> f.zone().intensity()).toList(), "mildest first");
        assertEquals(Rgba.hex("#9dc8f273"), fills.get(0).fill());
        assertEquals(new Rgba(82, 137, 191, 0x73), fills.get(1).fill(), "half-way: (157+7)/2, (200+74)/2, (242+140)/2");
        assertEquals(Rgba.hex("#074a8c73"), fills.get(2).fill());
    }

    @Test
    void namedLevelsTakeTheirOwnColourAndUnknownOnesTheMildest() {
        HazardLook chem = registry.forKind(HazardKind.CHEMICAL).look();
        assertEquals(Rgba.hex("#c8000078"), chem.fill(zone(HazardKind.CHEMICAL, "AEGL-3", 20), 0, 1));
        assertEquals(Rgba.hex("#ffdc0059"), chem.fill(zone(HazardKind.CHEMICAL, "AEGL-9", 20), 0, 1));
        HazardLook fire = registry.forKind(HazardKind.FIRE).look();
        assertEquals(Rgba.hex("#e62800bf"), fire.fill(zone(HazardKind.FIRE, HazardEffects.FIRE_FRONT, 900), 2, 3));
        assertEquals(List.of("疏散区", "过火区", "火线"), fire.zones().stream().map(HazardLook.ZoneLook::nameZh).toList());
    }
}

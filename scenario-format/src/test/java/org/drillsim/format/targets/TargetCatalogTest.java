package org.drillsim.format.targets;

import org.drillsim.format.model.ClockEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetCatalogTest {
    @Test
    void holdsEveryTargetOfTargetsMdWithItsSource() {
        assertEquals(List.of("medical-2h", "living-12h", "living-10h", "supplies-10h", "road-24h", "forestfire-24h",
                "comms-24h", "shelter-area", "aviation-80km", "grain-15d", "medical-stock-30d", "relief-level2",
                "forest-team-50", "county-team-30", "subdistrict-team-300"), TargetCatalog.ids());
        for (TargetDefinition t : TargetCatalog.all()) {
            assertNotNull(t.source().file(), t.id());
            assertFalse(t.wording().isBlank(), t.id());
            assertFalse(t.label().zh().isBlank(), t.id());
            assertTrue(t.source().line() > 0, t.id());
            assertEquals(t.isResponseTime(), t.clockStart() != null, t.id() + ": response-time targets have a clock");
        }
    }

    @Test
    void thresholdsAndClocksMatchTheTable() {
        TargetDefinition m = TargetCatalog.get("medical-2h");
        assertEquals(2.0, m.threshold());
        assertEquals("h", m.unit());
        assertEquals(ClockEvent.INJURY, m.clockStart());
        assertEquals(ClockEvent.FIRST_TREATMENT, m.clockStop());
        assertEquals("重大灾害事故实现2小时紧急医学救援", m.wording());
        assertEquals("000", m.source().file());
        TargetDefinition l10 = TargetCatalog.get("living-10h");
        assertEquals("004", l10.source().file());
        assertTrue(l10.meets(9.99, l10.threshold()));
        assertFalse(l10.meets(10.0, l10.threshold()), "< 10 h is strict");
        assertTrue(TargetCatalog.get("living-12h").meets(12.0, 12.0), "within 12 h includes 12 h");
        TargetDefinition area = TargetCatalog.get("shelter-area");
        assertEquals(2.5, area.threshold());
        assertTrue(area.meets(2.5, 2.5));
        assertFalse(area.meets(2.4, 2.5));
        assertEquals(0.95, TargetCatalog.get("forestfire-24h").defaultRequiredShare());
        assertEquals(1.0, TargetCatalog.get("comms-24h").defaultRequiredShare());
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> TargetCatalog.get("medical-1h"));
        assertTrue(e.getMessage().contains("medical-2h"));
    }
}

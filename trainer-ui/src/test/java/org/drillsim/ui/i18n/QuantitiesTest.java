package org.drillsim.ui.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuantitiesTest {
    private final Messages zh = new Messages(Messages.CHINESE);
    private final Messages en = new Messages(Messages.ENGLISH);

    @Test
    void catalogueUnitsAndComparisonsReadAsSymbolsAndWords() {
        assertEquals("≥ 2.5 m²/人", Quantities.requirement(">=", 2.5, "m2/person", zh));
        assertEquals("≥ 2.5 m²/person", Quantities.requirement(">=", 2.5, "m2/person", en));
        assertEquals("≤ 2 小时", Quantities.requirement("<=", 2, "h", zh));
        assertEquals("≤ 2 h", Quantities.requirement("<=", 2, "h", en));
        assertEquals("≥ 50 人", Quantities.requirement(">=", 50, "people", zh));
        assertEquals("95%", Quantities.amount(95, "%", zh));
        assertEquals("0.75 m²/人", Quantities.amount(0.75, "m2/person", zh));
    }

    @Test
    void numbersGroupThousandsAndDropTrailingZeros() {
        assertEquals("4,000,000", Quantities.number(4_000_000));
        assertEquals("2.5", Quantities.number(2.50));
        assertEquals("62.5%", Quantities.percent(0.625, 1));
        assertEquals("3 furlongs", Quantities.amount(3, "furlongs", en), "an unknown unit stays as written");
    }
}

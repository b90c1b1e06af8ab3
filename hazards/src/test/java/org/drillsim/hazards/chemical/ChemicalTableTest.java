package org.drillsim.hazards.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChemicalTableTest {

    /**
     * The EPA AEGL tables give each 60-min value in ppm and mg/m³; our conversion (25 °C, 1 atm) must
     * reproduce the published mg/m³ within 2 %: chlorine AEGL-2 2.0 ppm = 5.8 mg/m³, AEGL-3 20 ppm = 58 mg/m³;
     * ammonia AEGL-3 1,100 ppm = 770 mg/m³; hydrogen sulfide AEGL-3 50 ppm = 70 mg/m³.
     */
    @Test
    void aeglValuesAndConversions() {
        Chemical cl2 = ChemicalTable.get("chlorine");
        assertEquals(0.5, cl2.aegl1Ppm());
        assertEquals(2.0, cl2.aegl2Ppm());
        assertEquals(20, cl2.aegl3Ppm());
        assertEquals(5.8, cl2.ppmToMgM3(2.0), 0.02 * 5.8);
        assertEquals(58, cl2.ppmToMgM3(20), 0.02 * 58);
        Chemical nh3 = ChemicalTable.get("ammonia");
        assertEquals(770, nh3.ppmToMgM3(nh3.aegl3Ppm()), 0.02 * 770);
        Chemical h2s = ChemicalTable.get("hydrogen-sulfide");
        assertEquals(70, h2s.ppmToMgM3(h2s.aegl3Ppm()), 0.02 * 70);
        assertEquals(20, cl2.mgM3ToPpm(cl2.ppmToMgM3(20)), 1e-12);
        assertTrue(ChemicalTable.ids().containsAll(java.util.List.of("chlorine", "ammonia", "hydrogen-sulfide", "benzene")));
        for (Chemical c : ChemicalTable.all().values()) {
            assertTrue(c.aegl1Ppm() < c.aegl2Ppm() && c.aegl2Ppm() < c.aegl3Ppm(), c.id());
            assertTrue(!c.nameZh().isBlank(), c.id());
        }
    }

    /**
     * Chlorine probit Y = −8.29 + 0.92 ln(C² t): 50 % lethality (Y = 5) at C² t = e^(13.29/0.92);
     * for 30 min that is C ≈ 254 ppm.
     */
    @Test
    void probitLethality() {
        Chemical cl2 = ChemicalTable.get("chlorine");
        double c50 = Math.sqrt(Math.exp(13.29 / 0.92) / 30);
        assertEquals(0.5, cl2.fatalityProbability(c50, 30), 1e-6);
        assertTrue(cl2.fatalityProbability(cl2.aegl3Ppm(), 60) < 0.01, "AEGL-3 is below the lethal threshold");
        assertTrue(cl2.fatalityProbability(1000, 30) > 0.99);
        assertEquals(0, cl2.fatalityProbability(0, 60));
    }

    @Test
    void unknownChemicalNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChemicalTable.get("phosgene"));
        assertTrue(e.getMessage().startsWith("unknown chemical 'phosgene', expected one of [chlorine, ammonia"),
                e.getMessage());
    }
}

package org.drillsim.hazards.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published reference values of every hazard model (the same cases as {@code drillsim check-models}). */
class ModelChecksTest {

    @Test
    void everyModelReproducesItsPublishedValues() {
        ModelChecks.Report report = ModelChecks.run();
        String failing = report.outcomes().stream().filter(o -> !o.passed())
                .map(o -> "line " + o.reference().line() + " " + o.reference().model() + " " + o.reference().name()
                        + ": published " + o.reference().expected() + ", ours " + o.actual())
                .collect(Collectors.joining("\n"));
        assertEquals(0, report.failing(), failing);
        assertTrue(report.outcomes().size() >= 30, "at least 30 reference values, got " + report.outcomes().size());
        Set<String> models = report.outcomes().stream().map(o -> o.reference().model()).collect(Collectors.toSet());
        assertTrue(models.containsAll(List.of("pg-sigma-y", "pg-sigma-z", "plume-centreline", "probit-to-fraction",
                "toxic-lc50", "flood-mortality", "rothermel-ros-chph", "rothermel-flame-ft")), models.toString());
        for (ModelChecks.Outcome o : report.outcomes()) {
            assertFalse(o.reference().source().isBlank(), "line " + o.reference().line() + " names its source");
        }
    }

    @Test
    void aWrongPublishedValueFails() throws Exception {
        // Chlorine's 30-min LC50 is 250 ppm (Withers & Lees 1985); 300 ppm lies outside 1 %.
        List<ReferenceCase> cases = ModelChecks.parse(new StringReader(
                "# comment\ntoxic-lc50,wrong,chemical=chlorine;minutes=30,300,1%,\"test, with comma\"\n"
                        + "probit-to-fraction,abs,probit=5,0.5,0.001,x\n"));
        ModelChecks.Report report = ModelChecks.run(cases);
        assertEquals(1, report.failing());
        assertEquals(1, report.passed());
        ModelChecks.Outcome wrong = report.outcomes().get(0);
        assertEquals(250, wrong.actual(), 2.5);
        assertEquals("test, with comma", wrong.reference().source());
        assertEquals(2, wrong.reference().line());
        assertEquals("1%", wrong.reference().toleranceText());
        assertEquals("±0.001", report.outcomes().get(1).reference().toleranceText());
    }

    @Test
    void malformedRowsNameTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelChecks.parse(new StringReader("pg-sigma-y,a,class=B;x_m=280,49.0,1%\n")));
        assertTrue(e.getMessage().startsWith("line 1: expected 6 fields"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelChecks.run(ModelChecks.parse(
                new StringReader("\nnope,a,x=1,1,1%,s\n"))));
        assertEquals("line 2: unknown model 'nope'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelChecks.run(ModelChecks.parse(
                new StringReader("pg-sigma-y,a,x_m=280,49.0,1%,s\n"))));
        assertTrue(e.getMessage().startsWith("line 1: model pg-sigma-y needs input 'class'"), e.getMessage());
    }
}

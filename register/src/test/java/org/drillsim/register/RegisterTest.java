package org.drillsim.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillsim.register.FrequencyRules.Result;
import org.drillsim.register.FrequencyRules.Status;
import org.drillsim.register.Kinds.ActionStatus;
import org.drillsim.register.Kinds.Form;
import org.drillsim.register.Kinds.Scope;
import org.drillsim.register.Records.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The register: migrations, the sample district's compliance worked out by hand, and the corrective-action follow-up. */
class RegisterTest {
    @TempDir
    Path tmp;

    @Test
    void migrationsRunOnceAndAreRecorded() throws Exception {
        Path file = tmp.resolve("r.db");
        try (RegisterDb db = RegisterDb.open(file)) {
            assertEquals(1, db.schemaVersion());
        }
        try (RegisterDb db = RegisterDb.open(file)) {
            assertEquals(1, db.schemaVersion(), "reopening applies nothing twice");
            assertTrue(db.units().isEmpty());
        }
    }

    @Test
    void theCommittedSampleIsTheOneTheTestsDescribe() throws Exception {
        if (Boolean.getBoolean("drillsim.updateSample")) {
            SampleDistrict.write(SampleDistrict.FILE);
        }
        assertTrue(Files.isRegularFile(SampleDistrict.FILE), SampleDistrict.FILE + " missing: regenerate with -Ddrillsim.updateSample=true");
        Path fresh = tmp.resolve("fresh.xlsx");
        SampleDistrict.write(fresh);
        try (RegisterDb a = RegisterDb.open(tmp.resolve("a.db")); RegisterDb b = RegisterDb.open(tmp.resolve("b.db"))) {
            XlsxImport.read(SampleDistrict.FILE, a);
            XlsxImport.read(fresh, b);
            assertEquals(b.units(), a.units());
            assertEquals(b.plans(), a.plans());
            assertEquals(b.drills(), a.drills());
        }
    }

    private static Result find(List<Result> rs, String rule, String subject, int month) {
        for (Result r : rs) {
            if (r.rule().id().equals(rule) && r.subject().equals(subject)
                    && (month == 0 || !r.periodStart().isAfter(LocalDate.of(2025, month, 1)) && !r.periodEnd().isBefore(LocalDate.of(2025, month, 1)))) {
                return r;
            }
        }
        throw new AssertionError("no result " + rule + " " + subject);
    }

    /**
     * The sample district, 2025, checked on 2026-01-10 (every period over). Held in 2025: 11 drills (school-2's
     * December drill is only a 方案, the water bureau's drill was in 2024). Comprehensive or joint: the flood joint
     * drill, the chemical drill and the tabletop = 3 of 4 → overdue; joint 1 → compliant; special-plan drills 2 of 11
     * (18 %) → overdue; the chemical plant drilled in H1 only → H1 compliant, H2 overdue; the mall twice → both
     * halves compliant; the food company only by tabletop → yearly drill compliant, live drill overdue; school-2
     * one held of two → overdue; the water bureau's plan drilled 2024-06 → within 2024–2025, compliant; the health
     * plan never → overdue.
     */
    @Test
    void sampleDistrictComplianceIsTheHandComputedOne() throws Exception {
        try (RegisterDb db = RegisterDb.open(tmp.resolve("r.db"))) {
            XlsxImport.Counts c = XlsxImport.read(SampleDistrict.FILE, db);
            assertEquals(new XlsxImport.Counts(10, 12, 13), c);
            List<Result> rs = FrequencyRules.evaluate(db.units(), db.plans(), db.drills(), 2025, LocalDate.of(2026, 1, 10));
            assertEquals(22, rs.size(), "3 district-wide, 17 per unit, 2 department plans");
            Result comp = find(rs, "comprehensive-4", FrequencyRules.DISTRICT, 0);
            assertEquals(3, comp.held());
            assertEquals(Status.OVERDUE, comp.status());
            assertEquals("松北区应急管理局（示例）", comp.subjectName());
            assertEquals(Status.COMPLIANT, find(rs, "joint-1", FrequencyRules.DISTRICT, 0).status());
            Result special = find(rs, "special-half", FrequencyRules.DISTRICT, 0);
            assertEquals(200.0 / 11, special.held(), 1e-9);
            assertEquals(Status.OVERDUE, special.status());
            assertEquals(Status.COMPLIANT, find(rs, "high-risk-6m", "ent-chem", 3).status());
            assertEquals(Status.OVERDUE, find(rs, "high-risk-6m", "ent-chem", 9).status());
            assertEquals(Status.COMPLIANT, find(rs, "high-risk-6m", "venue-mall", 3).status());
            assertEquals(Status.COMPLIANT, find(rs, "high-risk-6m", "venue-mall", 9).status(), "a double-blind drill counts");
            assertEquals(Status.COMPLIANT, find(rs, "enterprise-1y", "ent-food", 0).status());
            assertEquals(Status.OVERDUE, find(rs, "plan-unit-live-1", "ent-food", 0).status(), "a tabletop is not a live drill");
            Result school2 = find(rs, "school-2", "school-2", 0);
            assertEquals(1, school2.held(), "the December drill is only planned (方案)");
            assertEquals(Status.OVERDUE, school2.status());
            assertEquals(Status.COMPLIANT, find(rs, "school-2", "school-1", 0).status());
            assertEquals(Status.COMPLIANT, find(rs, "department-2y", "p-water", 0).status());
            assertEquals(Status.OVERDUE, find(rs, "department-2y", "p-health", 0).status());
            assertEquals(Status.OVERDUE, find(rs, "plan-unit-live-1", "sb-water", 0).status(), "its live drill was in 2024");
            assertEquals(2, find(rs, "plan-unit-live-1", "sb-district", 0).held());
            for (Result r : rs) {
                assertFalse(r.rule().source().isBlank(), "every rule cites its source");
            }
        }
    }

    /** On 2025-05-01 the year still runs: what is short is due, not overdue; a half-year already over is overdue. */
    @Test
    void midYearShortfallsAreDue() throws Exception {
        try (RegisterDb db = RegisterDb.open(tmp.resolve("r.db"))) {
            XlsxImport.read(SampleDistrict.FILE, db);
            List<Result> rs = FrequencyRules.evaluate(db.units(), db.plans(), db.drills(), 2025, LocalDate.of(2025, 5, 1));
            Result comp = find(rs, "comprehensive-4", FrequencyRules.DISTRICT, 0);
            assertEquals(0, comp.held(), "the flood drill of 20 May has not happened yet");
            assertEquals(Status.DUE, comp.status());
            assertEquals(Status.COMPLIANT, find(rs, "high-risk-6m", "ent-chem", 3).status());
            assertEquals(Status.DUE, find(rs, "high-risk-6m", "ent-chem", 9).status());
            assertEquals(Status.DUE, find(rs, "school-2", "school-2", 0).status());
            List<Result> july = FrequencyRules.evaluate(db.units(), db.plans(), db.drills(), 2025, LocalDate.of(2025, 7, 2));
            // jd-wanbao has no drill at all; its yearly rule is still due in July
            assertEquals(Status.DUE, find(july, "plan-unit-live-1", "jd-wanbao", 0).status());
        }
    }

    @Test
    void aBadCellIsNamed() throws Exception {
        Path bad = tmp.resolve("bad.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("单位").createRow(0).createCell(0).setCellValue("编号");
            var r = wb.getSheet("单位").createRow(1);
            r.createCell(0).setCellValue("u1");
            r.createCell(1).setCellValue("某单位");
            r.createCell(2).setCellValue("医院");
            wb.createSheet("预案");
            wb.createSheet("演练");
            try (var out = Files.newOutputStream(bad)) {
                wb.write(out);
            }
        }
        try (RegisterDb db = RegisterDb.open(tmp.resolve("r.db"))) {
            XlsxImport.ImportException e = assertThrows(XlsxImport.ImportException.class, () -> XlsxImport.read(bad, db));
            assertTrue(e.getMessage().startsWith("bad.xlsx: 单位!C2: "), e.getMessage());
            assertTrue(db.units().isEmpty(), "nothing half-imported");
        }
    }

    private Path run(String name, double medical, boolean medicalPass, double comms) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("run.json"), """
                {"format": 1, "tool": "test", "scenario": {"id": "harbin-songhua-flood"}, "replications": 5,
                 "startedAt": "%s"}""".formatted(name.equals("run1") ? "2025-05-20T08:00:00Z" : "2025-11-03T08:00:00Z"));
        Files.writeString(dir.resolve("scorecard.json"), """
                {"scenario": "harbin-songhua-flood", "replications": 5, "confidenceLevel": 0.95, "horizonHours": 72,
                 "targets": [
                  {"id": "medical-2h", "label": {"zh": "重大灾害事故2小时紧急医学救援", "en": "medical"}, "kind": "response-time",
                   "threshold": 2, "unit": "h", "comparison": "<=", "requiredShare": 0.95, "scored": true, "scoredReplications": 5,
                   "value": {"mean": %s, "halfWidth": 0.01, "low": %s, "high": %s, "min": 0, "max": 1}, "pass": %s,
                   "source": {"file": "000", "document": "环翠区重大突发事件应急保障体系规划", "clause": "§二(五)", "line": 28},
                   "wording": "重大灾害事故实现2小时紧急医学救援"},
                  {"id": "comms-24h", "label": {"zh": "公网通信", "en": "comms"}, "kind": "response-time", "threshold": 24,
                   "unit": "h", "comparison": "<=", "requiredShare": 1.0, "scored": true, "scoredReplications": 5,
                   "value": {"mean": %s, "halfWidth": 0, "low": %s, "high": %s, "min": 1, "max": 1}, "pass": %s}
                 ]}""".formatted(medical, medical - 0.01, medical + 0.01, medicalPass, comms, comms, comms, comms >= 1.0));
        return dir;
    }

    /**
     * First drill of the flood plan: medical-2h at 80 % fails → one corrective action (owner the health commission,
     * due 90 days later, clause of seed 000); comms passes → none. The action is closed; the second drill of the plan
     * shows it closed and medical-2h moved 0.800 → 0.970, now passing.
     */
    @Test
    void theNextDrillOfThePlanShowsTheActionsAndHowTheTargetsMoved() throws Exception {
        try (RegisterDb db = RegisterDb.open(tmp.resolve("r.db"))) {
            XlsxImport.read(SampleDistrict.FILE, db);
            long first = DrillFollowUp.addRun(db, run("run1", 0.80, false, 1.0), "sb-district", "p-flood", null, Form.TABLETOP,
                    Scope.SPECIAL, DrillFollowUp.DEFAULT_DUE_DAYS);
            List<Action> acts = db.actionsOfDrill(first);
            assertEquals(1, acts.size());
            Action a = acts.get(0);
            assertEquals("medical-2h", a.targetId());
            assertEquals("卫生健康部门", a.owner());
            assertEquals(LocalDate.of(2025, 5, 20).plusDays(90), a.dueOn());
            assertEquals("环翠区重大突发事件应急保障体系规划 §二(五)", a.clause());
            assertEquals(ActionStatus.OPEN, a.status());
            assertTrue(a.item().contains("未达标"), a.item());
            // the sample's joint flood drill of 2025-05-20 (xlsx) came before: same plan, no targets, no actions
            DrillFollowUp.FollowUp f1 = DrillFollowUp.of(db, first);
            assertEquals(1, f1.previous().id());
            assertTrue(f1.previousActions().isEmpty());

            db.setActionStatus(a.id(), ActionStatus.CLOSED, LocalDate.of(2025, 8, 1));
            long second = DrillFollowUp.addRun(db, run("run2", 0.97, true, 1.0), "sb-district", "p-flood", null, Form.TABLETOP,
                    Scope.SPECIAL, 30);
            DrillFollowUp.FollowUp f = DrillFollowUp.of(db, second);
            assertEquals(first, f.previous().id());
            assertEquals(1, f.previousActions().size());
            assertEquals(ActionStatus.CLOSED, f.previousActions().get(0).status());
            assertEquals(LocalDate.of(2025, 8, 1), f.previousActions().get(0).closedOn());
            DrillFollowUp.Movement m = f.movements().get(0);
            assertEquals("medical-2h", m.targetId());
            assertEquals(0.80, m.before(), 1e-12);
            assertEquals(0.97, m.after(), 1e-12);
            assertEquals("上升", m.zh());
            assertFalse(m.passBefore());
            assertTrue(m.passAfter());
            assertEquals("持平", f.movements().get(1).zh(), "comms stayed at 100 %");
            assertTrue(db.actionsOfDrill(second).isEmpty(), "everything passed");
            assertNull(db.previousDrillOfPlan(db.drill(1)), "the first drill of the plan has no predecessor");
        }
    }
}

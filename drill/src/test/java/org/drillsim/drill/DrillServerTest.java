package org.drillsim.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An in-process drill server on loopback with a controller and two headless seats playing the synthetic flood end to
 * end: codes, bad messages, permission refusals, an addressee-only inject, reconnect, scoring, the report, and a
 * restart from the journal.
 */
class DrillServerTest {
    static final long MIN = 60_000;
    static final long WAIT = 60_000; // guards against a hung test only
    static final Map<String, String> CODES = Map.of("导调组", "900001", "医疗救护组", "111111", "交通保障组", "222222");
    static ScenarioSite site;

    @BeforeAll
    static void load() throws Exception {
        site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, s -> { });
    }

    static JsonNode cmd(String json) throws Exception {
        return Wire.mapper().readTree(json);
    }

    static Wire.Out awaitRef(DrillClient c, long ref, Class<?> type) throws Exception {
        return c.await(m -> type.isInstance(m) && (m instanceof Wire.Error e && e.ref() == ref
                || m instanceof Wire.Queued q && q.ref() == ref || m instanceof Wire.Result r && r.ref() == ref), WAIT);
    }

    static void step(DrillClient controller, long untilMs) throws Exception {
        controller.send(new Wire.Clock("step", 0, untilMs));
        controller.awaitView(v -> v.timeMs() == untilMs, WAIT);
    }

    @Test
    void twoSeatsAndAControllerPlayTheFloodOnLoopback(@TempDir Path dir) throws Exception {
        List<Seat> seats = List.of(Seat.find("医疗救护组").orElseThrow(), Seat.find("交通保障组").orElseThrow());
        List<String> eventLog;
        List<Decision> decisions;
        try (DrillHost host = DrillHost.start(site, "synthetic-small", site.scenario().seed(), seats, CODES, dir, "127.0.0.1", 0)) {
            String at = "127.0.0.1:" + host.server().port();
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> DrillClient.join(at, "医疗救护组", "王五", "123456"));
            assertTrue(wrong.getMessage().contains("推演码不对"), wrong.getMessage());
            IllegalArgumentException noSeat = assertThrows(IllegalArgumentException.class, () -> DrillClient.join(at, "物资保障组", "王五", "111111"));
            assertTrue(noSeat.getMessage().contains("本次推演没有席位"), noSeat.getMessage());

            try (DrillClient ctl = DrillClient.join(at, "导调组", "赵导", "900001");
                 DrillClient med = DrillClient.join(at, "医疗救护组", "张三", "111111")) {
                DrillClient trf = DrillClient.join(at, "交通保障组", "李四", "222222");

                // bad messages get an error and change nothing
                med.sendRaw("{not json");
                med.await(m -> m instanceof Wire.Error e && e.message().startsWith("消息格式有误"), WAIT);
                med.sendRaw("{\"type\":\"order\",\"ref\":7,\"command\":{\"type\":\"launch-rocket\"}}");
                assertTrue(((Wire.Error) awaitRef(med, 7, Wire.Error.class)).message().contains("未知命令类型"));
                med.send(new Wire.Clock("play", 0, 0));
                med.await(m -> m instanceof Wire.Error e && e.message().startsWith("只有导调组"), WAIT);

                step(ctl, 185 * MIN);
                SeatView t = trf.awaitView(v -> v.timeMs() == 185 * MIN, WAIT);
                assertTrue(t.inbox().stream().anyMatch(m -> m.channel() == Channel.SMS), t.inbox().toString());
                assertTrue(t.units().stream().allMatch(u -> u.type().equals("road-repair")), t.units().toString());
                String blockage = t.tasks().get(0).id();

                // the medical seat cannot dispatch the road crew: refused by the server, with the owner named
                long r1 = med.order(cmd("{\"type\":\"dispatch\",\"unitId\":\"road-crew\",\"taskId\":\"" + blockage + "\"}"));
                String refusal = ((Wire.Error) awaitRef(med, r1, Wire.Error.class)).message();
                assertTrue(refusal.contains("归交通保障组调度"), refusal);

                // the controller's free-text inject reaches only its addressee
                ctl.send(new Wire.SendInject("医疗救护组", Channel.PHONE, "市一院急诊科：已收治 3 名溺水者，床位紧张", List.of()));
                SeatView mv = med.awaitView(v -> v.inbox().stream().anyMatch(m -> m.text().startsWith("市一院急诊科")), WAIT);
                assertEquals(Channel.PHONE, mv.inbox().stream().filter(m -> m.text().startsWith("市一院")).findFirst().orElseThrow().channel());
                ctl.awaitView(v -> v.inbox().stream().anyMatch(m -> m.text().startsWith("市一院急诊科")), WAIT);
                step(ctl, 238 * MIN);
                SeatView tv = trf.awaitView(v -> v.timeMs() == 238 * MIN, WAIT);
                assertTrue(tv.inbox().stream().noneMatch(m -> m.text().startsWith("市一院急诊科")), tv.inbox().toString());
                assertTrue(tv.inbox().stream().noneMatch(m -> m.from().equals("120 指挥中心")), "the scripted 120 call is the medical seat's");

                // orders: queued, then applied at the next tick. The road is closed now (T+03:58, due T+04:05); the
                // ambulances go when the model lets two casualty groups in the call's area take them (cut-off groups
                // are ferried to a road first): the test asks the engine, as the seat's player would read its task list
                long c1 = trf.order(cmd("{\"type\":\"close-road\",\"near\":{\"lat\":45.7557,\"lon\":126.5655},\"radiusM\":400,\"roadName\":null}"));
                awaitRef(trf, c1, Wire.Queued.class);
                step(ctl, 239 * MIN);
                assertTrue(((Wire.Result) awaitRef(trf, c1, Wire.Result.class)).decision().accepted());
                Seat medSeat = seats.get(0);
                Area area = OpenCasualties.areaOf(DrillScript.builtIn("synthetic-small"), "amb-2-30");
                List<String> cas = null;
                for (long m = 239; cas == null; m++) {
                    assertTrue(m <= 260, "no two casualty tasks accept an ambulance by the call's deadline");
                    if (m > 239) step(ctl, m * MIN);
                    cas = host.server().call(() -> OpenCasualties.pick(host.engine(), medSeat, area, List.of("amb-south-1", "amb-south-2")));
                }
                long sent = host.server().call(() -> host.engine().now());
                long a1 = med.order(cmd("{\"type\":\"dispatch\",\"unitId\":\"amb-south-1\",\"taskId\":\"" + cas.get(0) + "\"}"));
                long a2 = med.order(cmd("{\"type\":\"dispatch\",\"unitId\":\"amb-south-2\",\"taskId\":\"" + cas.get(1) + "\"}"));
                awaitRef(med, a2, Wire.Queued.class);
                step(ctl, sent + MIN);
                assertTrue(((Wire.Result) awaitRef(med, a1, Wire.Result.class)).decision().accepted());
                assertTrue(((Wire.Result) awaitRef(med, a2, Wire.Result.class)).decision().accepted());

                // a seat that drops misses nothing: it reconnects and its first view carries its whole inbox
                trf.close();
                ctl.send(new Wire.SendInject("交通保障组", Channel.BRIEFING, "松花江大桥南引道出现裂缝", List.of()));
                ctl.awaitView(v -> v.inbox().stream().anyMatch(m -> m.text().startsWith("松花江大桥南引道")), WAIT);
                try (DrillClient back = DrillClient.join(at, "交通保障组", "李四", "222222")) {
                    SeatView bv = back.awaitView(v -> true, WAIT);
                    assertTrue(bv.inbox().stream().anyMatch(m -> m.text().startsWith("松花江大桥南引道")));
                    assertTrue(bv.inbox().stream().anyMatch(m -> m.channel() == Channel.SMS));
                    assertEquals(List.of("close-road"), bv.decisions().stream().map(Decision::type).toList());
                    assertEquals(Outcome.Status.MET, bv.expected().get(0).status()); // closed at T+03:58, due T+04:05
                }

                ctl.send(new Wire.Finish());
                SeatView end = ctl.awaitView(SeatView::ended, WAIT);
                assertEquals(2, end.expected().size());
                assertTrue(end.expected().stream().allMatch(o -> o.status() == Outcome.Status.MET), end.expected().toString());
            }
            eventLog = host.server().call(() -> host.engine().log().lines());
            decisions = host.server().call(() -> host.engine().decisions());
        }
        DrillReport report = Wire.mapper().readValue(Files.readString(dir.resolve("drill-report.json")), DrillReport.class);
        assertEquals(List.of("交通保障组", "医疗救护组"), report.seats().stream().map(DrillReport.Section::seat).toList());
        DrillReport.Section medSec = report.seats().get(1);
        assertEquals(List.of("张三"), medSec.people());
        assertEquals(2, medSec.accepted());
        assertEquals(1, medSec.tally().get("MET"));
        String md = Files.readString(dir.resolve("drill-report.md"));
        assertTrue(md.contains("## 医疗救护组") && md.contains("达成"), md);

        // the server is restarted from its journal: every acknowledged decision is back, the event log the same
        try (DrillHost again = DrillHost.resume(dir, s -> site, "127.0.0.1", 0)) {
            assertEquals(3, again.replayed());
            assertEquals(decisions, again.server().call(() -> again.engine().decisions()));
            List<String> replayed = again.server().call(() -> {
                again.engine().finish();
                return again.engine().log().lines();
            });
            assertFalse(eventLog.isEmpty());
            assertEquals(eventLog, replayed);
        }
    }
}

package org.drillsim.drill;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The done-when on the real map (needs the Harbin extract, {@code DRILLSIM_MAPS}): a controller, the medical
 * seat and the traffic seat play the Songhua flood on loopback; the medical seat cannot dispatch a road crew; the
 * controller's free-text inject reaches only its addressee; the report scores each seat's expected actions.
 */
class HarbinDrillTest {
    static final long MIN = 60_000;
    static final long WAIT = 120_000;

    static void step(DrillClient ctl, long t) throws Exception {
        ctl.send(new Wire.Clock("step", 0, t));
        ctl.awaitView(v -> v.timeMs() == t, WAIT);
    }

    static void queued(DrillClient c, long ref) throws Exception {
        Wire.Out o = c.await(m -> m instanceof Wire.Queued q && q.ref() == ref || m instanceof Wire.Error e && e.ref() == ref, WAIT);
        if (o instanceof Wire.Error e) throw new AssertionError("refused: " + e.message());
    }

    static Decision applied(DrillClient c, long ref) throws Exception {
        Wire.Out o = c.await(m -> m instanceof Wire.Result r && r.ref() == ref || m instanceof Wire.Error e && e.ref() == ref, WAIT);
        if (o instanceof Wire.Error e) throw new AssertionError("refused: " + e.message());
        return ((Wire.Result) o).decision();
    }

    /**
     * As a player would: each minute from {@code fromMin}, look at the medical seat's open casualty tasks in the call's
     * area and send the unit to the first one the model lets it take (cut-off groups are being ferried to a road, or
     * out of the helicopter's radius, or already covered); one order, accepted, not a retry loop of refusals.
     */
    static Decision dispatchWhenReady(DrillHost host, DrillClient ctl, DrillClient med, String unit, int fromMin, int toMin) throws Exception {
        Seat seat = Seat.find("医疗救护组").orElseThrow();
        Area area = OpenCasualties.areaOf(DrillScript.builtIn("harbin-songhua-flood"), "songbei-2units-40");
        for (int m = fromMin; m < toMin; m++) {
            if (m > fromMin) step(ctl, m * MIN);
            List<String> task = host.server().call(() -> OpenCasualties.pick(host.engine(), seat, area, List.of(unit)));
            if (task == null) continue;
            long ref = med.order(Wire.mapper().readTree("{\"type\":\"dispatch\",\"unitId\":\"" + unit + "\",\"taskId\":\"" + task.get(0) + "\"}"));
            queued(med, ref); // two connections: the step must not overtake the order on its way to the server
            step(ctl, (m + 1) * MIN);
            Decision d = applied(med, ref);
            assertTrue(d.accepted(), d.toString());
            return d;
        }
        throw new AssertionError("no casualty task in the area accepts " + unit + " by T+" + toMin + " min");
    }

    @Test
    void harbinFloodWithTwoSeatsAndAController(@TempDir Path dir) throws Exception {
        ScenarioSite site = SiteLoader.load(ScenarioLibrary.load("harbin-songhua-flood"), null, null, s -> { });
        List<Seat> seats = List.of(Seat.find("医疗救护组").orElseThrow(), Seat.find("交通保障组").orElseThrow());
        try (DrillHost host = DrillHost.start(site, "harbin-songhua-flood", site.scenario().seed(), seats,
                Map.of("导调组", "1", "医疗救护组", "2", "交通保障组", "3"), dir, "127.0.0.1", 0)) {
            String at = "127.0.0.1:" + host.server().port();
            try (DrillClient ctl = DrillClient.join(at, "导调组", "赵导", "1");
                 DrillClient med = DrillClient.join(at, "医疗救护组", "张三", "2");
                 DrillClient trf = DrillClient.join(at, "交通保障组", "李四", "3")) {
                step(ctl, 60 * MIN);
                SeatView tv = trf.awaitView(v -> v.timeMs() == 60 * MIN, WAIT);
                assertTrue(tv.inbox().stream().anyMatch(m -> m.from().equals("松北区城管局")), tv.inbox().toString());
                assertTrue(med.awaitView(v -> v.timeMs() == 60 * MIN, WAIT).inbox().stream().noneMatch(m -> m.from().equals("松北区城管局")));
                long close = trf.order(Wire.mapper().readTree("{\"type\":\"close-road\",\"near\":{\"lat\":45.7940,\"lon\":126.6458},\"radiusM\":500,\"roadName\":null}"));

                // the medical seat cannot dispatch the city road crew
                long crew = med.order(Wire.mapper().readTree("{\"type\":\"dispatch\",\"unitId\":\"road-city-1\",\"taskId\":\"" + tv.tasks().get(0).id() + "\"}"));
                String refusal = ((Wire.Error) med.await(m -> m instanceof Wire.Error e && e.ref() == crew, WAIT)).message();
                assertTrue(refusal.contains("归交通保障组调度"), refusal);

                // the controller's free-text inject reaches only its addressee
                ctl.send(new Wire.SendInject("医疗救护组", Channel.SMS, "哈医大一院：急诊可再收治 20 人", List.of()));
                med.awaitView(v -> v.inbox().stream().anyMatch(m -> m.text().startsWith("哈医大一院")), WAIT);
                queued(trf, close);
                step(ctl, 61 * MIN);
                assertTrue(applied(trf, close).accepted());
                assertTrue(trf.awaitView(v -> v.timeMs() == 61 * MIN, WAIT).inbox().stream().noneMatch(m -> m.text().startsWith("哈医大一院")));

                // after the 120 call at T+03:20 (due T+04:00): an ambulance and the helicopter, each as soon as a
                // casualty group in the area can take it
                step(ctl, 200 * MIN);
                Decision first = dispatchWhenReady(host, ctl, med, "amb-first-1", 200, 240);
                Decision second = dispatchWhenReady(host, ctl, med, "heli-taiping-heli-1", (int) (first.timeMs() / MIN) + 1, 240);
                assertTrue(second.timeMs() <= 240 * MIN, second.toString());

                ctl.send(new Wire.Finish());
                SeatView end = ctl.awaitView(SeatView::ended, WAIT);
                assertEquals(2, end.expected().size(), end.expected().toString());
                assertTrue(end.expected().stream().allMatch(o -> o.status() == Outcome.Status.MET), end.expected().toString());
            }
        }
        DrillReport r = Wire.mapper().readValue(Files.readString(dir.resolve("drill-report.json")), DrillReport.class);
        for (DrillReport.Section s : r.seats()) assertEquals(1, s.tally().get("MET"), s.seat());
        System.out.println(Files.readString(dir.resolve("drill-report.md")));
    }
}

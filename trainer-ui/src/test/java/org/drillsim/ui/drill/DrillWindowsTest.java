package org.drillsim.ui.drill;

import org.drillsim.drill.OpenCasualties;

import org.drillsim.drill.DrillScript;

import org.drillsim.drill.Area;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.drillsim.drill.Channel;
import org.drillsim.drill.DrillClient;
import org.drillsim.drill.DrillHost;
import org.drillsim.drill.Seat;
import org.drillsim.drill.SeatView;
import org.drillsim.drill.Wire;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.ui.Snapshots;
import org.drillsim.ui.TestScreens;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seat window (医疗救护组) and the controller console joined to an in-process drill server on loopback, driven
 * through their controls, headless (Monocle) at 1366×768, with screenshots.
 */
class DrillWindowsTest extends ApplicationTest {
    static final long MIN = 60_000;
    static final long WAIT = 60_000;

    @TempDir
    static Path dir;

    private static DrillHost host;
    private static DrillClient ctl;
    private static DrillClient med;
    private static DrillClient trf;
    private SeatWindow seat;
    private ControllerConsole console;
    private Stage consoleStage;

    /** Site, server and clients before the FX start (which has a time limit of its own). */
    @BeforeAll
    static void serve() throws Exception {
        ScenarioSite site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, s -> { });
        host = DrillHost.start(site, "synthetic-small", site.scenario().seed(),
                List.of(Seat.find("医疗救护组").orElseThrow(), Seat.find("交通保障组").orElseThrow()),
                Map.of("导调组", "900001", "医疗救护组", "111111", "交通保障组", "222222"), dir, "127.0.0.1", 0);
        String at = "127.0.0.1:" + host.server().port();
        ctl = DrillClient.join(at, "导调组", "赵导", "900001");
        med = DrillClient.join(at, "医疗救护组", "张三", "111111");
        trf = DrillClient.join(at, "交通保障组", "李四", "222222");
    }

    @Override
    public void start(Stage stage) {
        seat = (SeatWindow) JoinLauncher.windowFor(med, welcome(med));
        stage.setScene(new Scene(seat, 1366, 768));
        stage.show();
        console = (ControllerConsole) JoinLauncher.windowFor(ctl, welcome(ctl));
        consoleStage = new Stage();
        consoleStage.setScene(new Scene(console, 1366, 768));
        consoleStage.show();
    }

    static Wire.Welcome welcome(DrillClient c) {
        return (Wire.Welcome) c.received().stream().filter(m -> m instanceof Wire.Welcome).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        ctl.close();
        med.close();
        trf.close();
        host.close();
    }

    private <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String label(String id) {
        return fx(() -> ((Label) lookup(id).query()).getText());
    }

    @SuppressWarnings("unchecked")
    private List<String> items(String id) {
        return fx(() -> List.copyOf(((ListView<String>) lookup(id).query()).getItems()));
    }

    @Test
    void aSeatAndTheControllerPlayThroughTheirWindows() throws Exception {
        ctl.send(new Wire.Clock("step", 0, 238 * MIN));
        med.awaitView(v -> v.timeMs() == 238 * MIN, WAIT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T+03:58", label("#seat-clock"));
        assertTrue(items("#seat-inbox").get(0).contains("120 指挥中心"), items("#seat-inbox").toString());

        // the controller's free-text inject, through the console's form, to the medical seat by phone
        fx(() -> {
            console.compose("医疗救护组", Channel.PHONE, "市一院急诊科：已收治 3 名溺水者，床位紧张，请分流");
            return null;
        });
        clickOn("#inject-send");
        med.awaitView(v -> v.inbox().stream().anyMatch(m -> m.text().startsWith("市一院急诊科")), WAIT);
        trf.awaitView(v -> v.timeMs() == 238 * MIN, WAIT);

        // orders through the seat's form: two ambulances, and a road crew that is not the seat's to send. The
        // ambulances go when the model lets two casualty groups in the call's area take them (cut-off groups are
        // ferried to a road first): the test reads the engine as the seat's player reads the task list
        Area area = OpenCasualties.areaOf(DrillScript.builtIn("synthetic-small"), "amb-2-30");
        Seat medSeat = Seat.find("医疗救护组").orElseThrow();
        List<String> cas = null;
        for (long m = 238; cas == null; m++) {
            assertTrue(m <= 260, "no two casualty tasks accept an ambulance by the call's deadline");
            if (m > 238) {
                final long at = m * MIN;
                ctl.send(new Wire.Clock("step", 0, at));
                med.awaitView(v -> v.timeMs() == at, WAIT);
            }
            cas = host.server().call(() -> OpenCasualties.pick(host.engine(), medSeat, area, List.of("amb-south-1", "amb-south-2")));
        }
        final List<String> tasks = cas;
        long sent = host.server().call(() -> host.engine().now());
        fx(() -> {
            seat.fill("dispatch", "amb-south-1", tasks.get(0));
            seat.send();
            seat.fill("dispatch", "amb-south-2", tasks.get(1));
            seat.send();
            seat.fill("dispatch", "road-crew", tasks.get(0));
            seat.send();
            return null;
        });
        med.await(m -> m instanceof Wire.Error e && e.message().contains("归交通保障组调度"), WAIT);
        med.await(m -> m instanceof Wire.Queued q && q.seatSeq() == 2, WAIT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label("#seat-answer").contains("归交通保障组调度"), label("#seat-answer")); // the last answer: the refusal
        fx(() -> Snapshots.save(seat.getScene(), TestScreens.dir().resolve("drill-seat-refused.png")));
        final long next = sent + MIN;
        ctl.send(new Wire.Clock("step", 0, next));
        SeatView mv = med.awaitView(v -> v.timeMs() == next && v.decisions().size() == 2, WAIT);
        ctl.awaitView(v -> v.timeMs() == next, WAIT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(mv.decisions().stream().allMatch(d -> d.accepted()), mv.decisions().toString());
        assertTrue(items("#seat-inbox").stream().anyMatch(m -> m.contains("市一院急诊科")), items("#seat-inbox").toString());
        assertTrue(items("#seat-expected").get(0).contains("达成"), items("#seat-expected").toString());
        // the traffic seat never saw the phone call
        assertTrue(trf.lastView().inbox().stream().noneMatch(m -> m.text().startsWith("市一院急诊科")));

        List<String> all = items("#console-decisions");
        assertEquals(2, all.size());
        assertTrue(all.get(0).contains("医疗救护组 张三：派遣 amb-south-2 → " + tasks.get(1)), all.toString());
        assertTrue(items("#console-messages").get(0).startsWith("→ 医疗救护组"), items("#console-messages").toString());
        assertEquals(3, items("#console-online").size());

        fx(() -> Snapshots.save(seat.getScene(), TestScreens.dir().resolve("drill-seat-medical.png")));
        fx(() -> Snapshots.save(console.getScene(), TestScreens.dir().resolve("drill-controller.png")));
    }
}

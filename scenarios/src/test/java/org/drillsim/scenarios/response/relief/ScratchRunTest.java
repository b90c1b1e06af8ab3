package org.drillsim.scenarios.response.relief;

import org.drillsim.scenarios.library.ScenarioLibrary;
import org.drillsim.scenarios.response.*;
import org.drillsim.scenarios.response.medical.MedicalModule;
import org.drillsim.scenarios.score.Scorecard;
import org.junit.jupiter.api.Test;
import java.util.*;
import java.util.function.Supplier;

class ScratchRunTest {
    @Test
    void run() throws Exception {
        String id = System.getProperty("scratch.scenario", "synthetic-small");
        long t0 = System.nanoTime();
        ScenarioSite site = SiteLoader.load(ScenarioLibrary.load(id), null, null, null);
        long t1 = System.nanoTime();
        for (int rep = 1; rep <= 1; rep++) {
            EventLog log = EventLog.inMemory();
            List<Supplier<ResponseModule>> mods = List.of(MedicalModule::new, ReliefModule::new);
            World w = World.create(site, site.scenario().seed(), rep, WorldOptions.baseline(log).withModules(mods));
            long t2 = System.nanoTime();
            Thread main = Thread.currentThread();
            Map<String, Integer> prof = new HashMap<>();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    StackTraceElement[] st = main.getStackTrace();
                    StringBuilder k = new StringBuilder();
                    int n = 0;
                    for (StackTraceElement e : st) {
                        if (e.getClassName().startsWith("org.drillsim") && n < 4) {
                            k.append(e.getClassName().replaceAll(".*\\.", "")).append('.').append(e.getMethodName()).append(':').append(e.getLineNumber()).append(" < ");
                            n++;
                        }
                    }
                    prof.merge(k.toString(), 1, Integer::sum);
                    try { Thread.sleep(2); } catch (InterruptedException ex) { return; }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            w.start();
            w.sim().runUntil(12_600_000L);
            {
                var ev = (Evacuation) null;
                var tasks0 = w.tasks().open("trapped");
                var unit = w.units().get("water-rescue");
                System.out.println("SCRATCH at 1h tasks " + tasks0.size() + " unit node " + unit.node());
                int shown = 0;
                for (var t : tasks0) {
                    if (shown++ > 8) break;
                    System.out.println("SCRATCH task " + t.id() + " node " + t.node() + " refusal " + t.owner().refusal(unit, t)
                            + " eta " + ((CrewWork) t.owner()).etaMs(unit, t) + " reach(cellnode) " + w.travel().time(unit.node(), t.node()));
                }
            }
            w.sim().runUntil(w.horizonMs());
            w.finish();
            sampler.interrupt();
            long t3 = System.nanoTime();
            prof.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                    .forEach(e -> System.out.println("SCRATCH prof " + e.getValue() + " " + e.getKey()));
            System.out.printf("SCRATCH load %.1f s, run %.2f s, events %d, lines %d, trees %d%n", (t1 - t0) / 1e9, (t3 - t2) / 1e9,
                    w.sim().executedEvents(), log.lines().size(), w.travel().computedTrees());
            Map<String, Integer> types = new TreeMap<>();
            for (String l : log.lines()) {
                int i = l.indexOf("\"type\":\"");
                String ty = l.substring(i + 8, l.indexOf('"', i + 8));
                types.merge(ty, 1, Integer::sum);
            }
            System.out.println("SCRATCH types " + types);
            for (var t : Scorecard.evaluate(w).targets()) {
                System.out.println("SCRATCH " + t.id() + " " + t.value() + " measured " + t.measured() + " late " + t.late() + " pending " + t.pending() + " causes " + t.causes());
            }
            for (String l : log.lines()) {
                if (l.contains("rescue") || l.contains("\"type\":\"world\"")) System.out.println("SCRATCH log " + l);
            }
            var tasks = w.tasks().open("trapped");
            System.out.println("SCRATCH open trapped tasks " + tasks.size());
            for (var u : w.units().all()) {
                if (u.type().equals("rescue-team")) {
                    System.out.println("SCRATCH unit " + u + " node " + u.node() + " refusal " + (tasks.isEmpty() ? "-" : tasks.get(0).owner().refusal(u, tasks.get(0))));
                }
            }
            for (var ind : w.indicators().all()) {
                System.out.println("SCRATCH ind " + ind.id() + " = " + ind.value());
            }
        }
    }
}

package org.drillsim.cli;

import org.drillsim.drill.DrillHost;
import org.drillsim.drill.Seat;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.routing.MapImportException;
import org.drillsim.world.ScenarioSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code drillsim drill serve SCENARIO [--port P] [--seats …] [--dir DIR] | --resume DIR}: hosts a joint tabletop
 * drill — simulation, clock, command bus, journal — for seats that join with {@code drillsim ui --join}.
 */
@Command(name = "drill", mixinStandardHelpOptions = true, subcommands = DrillCommand.Serve.class,
        description = "联合桌面推演 / joint tabletop drill across departments")
public final class DrillCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** {@code drill serve}. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"主持一场联合推演：仿真、时钟、命令总线、推演记录 / host one joint drill",
                    "各席位用 drillsim ui --join HOST:PORT --seat 席位 --name 姓名 --code 推演码 加入"})
    static final class Serve implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "情景文件或内置情景名 / scenario file or built-in id")
        String scenario;

        @Option(names = "--port", defaultValue = "7070", description = "端口 / port (default ${DEFAULT-VALUE}; 0 picks a free one)")
        int port;

        @Option(names = "--host", defaultValue = "0.0.0.0", description = "监听地址 / address to listen on (default ${DEFAULT-VALUE}: the office LAN; 127.0.0.1 for this machine only)")
        String host;

        @Option(names = "--seats", defaultValue = "医疗救护组,转移安置组,物资保障组,交通保障组",
                description = "参演席位 / player seats (default ${DEFAULT-VALUE}); the plan runs the rest")
        String seats;

        @Option(names = "--dir", description = "推演目录 / drill directory (default drills/<scenario>-<time>)")
        Path dir;

        @Option(names = "--resume", paramLabel = "DIR", description = "从推演目录的记录恢复 / restart the drill of DIR from its journal")
        Path resume;

        @Option(names = "--seed", description = "主随机种子 / master seed (default: the scenario's)")
        Long seed;

        @Option(names = "--map", description = "OSM 地图文件 / OSM extract")
        Path map;

        private final PrintStream out = System.out;
        private final PrintStream err = System.err;

        @Override
        public Integer call() {
            DrillHost host;
            try {
                if (resume != null) {
                    if (!Files.isRegularFile(resume.resolve("journal.jsonl"))) throw new IllegalArgumentException(resume + ": no journal.jsonl / 没有推演记录");
                    host = DrillHost.resume(resume, name -> {
                        try {
                            return UiCommand.loadSite(scenario != null ? scenario : name, map, err);
                        } catch (ScenarioException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                    }, this.host, port);
                    out.println("已从记录恢复 " + host.replayed() + " 项决策 / resumed with " + host.replayed() + " decisions re-applied");
                } else {
                    if (scenario == null) throw new IllegalArgumentException("name a scenario / 请指定情景，例如 harbin-songhua-flood");
                    List<Seat> list = new ArrayList<>();
                    for (String s : seats.split("[,，]")) {
                        if (s.isBlank()) continue;
                        list.add(Seat.find(s).orElseThrow(() -> new IllegalArgumentException("unknown seat '" + s + "' / 未知席位；可选 " + Seat.names())));
                    }
                    ScenarioSite site = UiCommand.loadSite(scenario, map, err);
                    Path d = dir != null ? dir : CliPaths.stamped("drills", site.scenario().id(), "");
                    if (Files.exists(d.resolve("journal.jsonl"))) throw new IllegalArgumentException(d + " already holds a drill; use --resume " + d);
                    host = DrillHost.start(site, scenario, seed != null ? seed : site.scenario().seed(), list, null, d, this.host, port);
                }
            } catch (ScenarioException e) {
                for (ScenarioError x : e.errors()) err.println(x);
                return 2;
            } catch (MapImportException | IllegalArgumentException e) {
                err.println("drillsim drill serve: " + e.getMessage());
                return 2;
            }
            out.println("联合推演已开始 / drill hosted at ws://" + this.host + ":" + host.server().port() + "/drill");
            out.println("推演目录 / drill directory: " + host.dir().toAbsolutePath());
            out.println("各席位推演码（只发给本席位）/ drill codes, one per seat:");
            for (Map.Entry<String, String> e : host.codes().entrySet()) out.println("  " + e.getKey() + "  " + e.getValue());
            out.println("加入 / join: drillsim ui --join HOST:" + host.server().port() + " --seat 席位 --name 姓名 --code 推演码");
            out.println("Ctrl-C 结束服务；推演记录已逐条落盘，可用 --resume 恢复 / Ctrl-C stops; every decision is on disk");
            CountDownLatch stop = new CountDownLatch(1);
            DrillHost h = host;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                h.close();
                stop.countDown();
            }));
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }
}

package org.drillsim.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.drillsim.core.ConfidenceInterval;
import org.drillsim.core.RandomStreams;
import org.drillsim.core.Replications;
import org.drillsim.core.demo.ErlangC;
import org.drillsim.core.demo.MmcQueue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code drillsim run}: for now the kernel demo, an M/M/c queue replicated in parallel and compared
 * with Erlang C. The scenario run will replace the default; the demo stays reachable as
 * {@code drillsim run --demo mmc}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"运行情景（当前为内核演示：M/M/c 排队）/ play a scenario (for now the kernel demo: an M/M/c queue)"})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--demo", description = "内核演示 / kernel demo to run: mmc (default)", defaultValue = "mmc")
    String demo;

    @Option(names = {"-c", "--servers"}, description = "服务台数 / servers (default ${DEFAULT-VALUE})", defaultValue = "3")
    int servers;

    @Option(names = "--rho", description = "利用率 / utilisation ρ in (0,1) (default ${DEFAULT-VALUE})", defaultValue = "0.8")
    double rho;

    @Option(names = "--reps", description = "重复次数 / replications (default ${DEFAULT-VALUE})", defaultValue = "100")
    int reps;

    @Option(names = "--customers", description = "每次测量的顾客数 / customers measured per replication (default ${DEFAULT-VALUE})", defaultValue = "20000")
    long customers;

    @Option(names = "--seed", description = "主随机种子 / master seed (default ${DEFAULT-VALUE})", defaultValue = "2024")
    long seed;

    @Option(names = "--threads", description = "线程数，0 = 全部核心 / threads, 0 = all cores (default ${DEFAULT-VALUE})", defaultValue = "0")
    int threads;

    @Override
    public Integer call() {
        if (!demo.equals("mmc")) {
            System.err.println("drillsim run: 未知演示 / unknown demo '" + demo + "' (known: mmc)");
            return 2;
        }
        MmcQueue.Config config;
        try {
            config = new MmcQueue.Config(servers, rho, 10.0, 4000.0 / servers, customers);
            if (reps < 2) {
                throw new IllegalArgumentException("--reps must be >= 2 for a confidence interval, got " + reps);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("drillsim run: " + e.getMessage());
            return 2;
        }
        RandomStreams master = new RandomStreams(seed);
        long start = System.nanoTime();
        List<MmcQueue.Result> results = Replications.run(reps, threads,
                rep -> MmcQueue.replicate(config, master.forReplication(rep)));
        double seconds = (System.nanoTime() - start) / 1e9;

        double[] wait = results.stream().mapToDouble(MmcQueue.Result::meanWaitMinutes).toArray();
        double[] pWait = results.stream().mapToDouble(MmcQueue.Result::probWait).toArray();
        double[] util = results.stream().mapToDouble(MmcQueue.Result::utilisation).toArray();
        long events = results.stream().mapToLong(MmcQueue.Result::events).sum();

        System.out.printf("内核演示 M/M/c / kernel demo M/M/%d: ρ=%.2f, 平均服务 mean service 10 min, %d 次重复 replications × ~%d 顾客 customers, seed %d%n",
                servers, rho, reps, customers, seed);
        System.out.printf("%-34s %-26s %-12s %s%n", "指标 / measure", "估计 / estimate (95% CI)", "Erlang C", "CI 含理论值 / contains");
        row("平均等待 / mean wait (min)", ConfidenceInterval.student(wait, 0.95), ErlangC.meanWait(servers, rho) * 10.0);
        row("等待概率 / P(wait)", ConfidenceInterval.student(pWait, 0.95), ErlangC.probWait(servers, rho));
        row("利用率 / utilisation", ConfidenceInterval.student(util, 0.95), rho);
        System.out.printf("%d 事件 events in %.1f s (%.2f M events/s)%n", events, seconds, events / seconds / 1e6);
        return 0;
    }

    private static void row(String label, ConfidenceInterval ci, double theory) {
        System.out.printf("%-34s %-26s %-12.4f %s%n", label,
                String.format("%.4f ± %.4f", ci.mean(), ci.halfWidth()), theory, ci.contains(theory) ? "是 yes" : "否 no");
    }
}

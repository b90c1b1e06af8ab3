package org.drillsim.sweep;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Runs a sweep's replications on Apache Spark: {@code local[*]} embedded in this JVM by default, or a cluster given
 * by its master URL ({@code spark://host:7077} …). One task per replication; each task returns only that
 * replication's {@link RepValues}, handed to the sink on the driver as its task finishes (no result waits for the
 * whole job). On a cluster the executors get this very jar ({@code spark.jars}).
 */
public final class SparkEngine implements Engine {
    private final JavaSparkContext sc;
    private final String master;

    /** Starts (or joins) Spark with the web UI off and the sweep's jar shipped to a cluster. */
    public SparkEngine(String master) {
        this.master = master;
        SparkConf conf = new SparkConf().setAppName("drillsim-sweep").setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                // tasks fail on a simulation error; retrying the same seed gives the same error
                .set("spark.task.maxFailures", "1");
        if (master.startsWith("local")) {
            // an embedded Spark needs no network name for this machine
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        } else {
            String jar = ownJar();
            if (jar != null) {
                conf.setJars(new String[] {jar});
            }
        }
        this.sc = new JavaSparkContext(conf);
        sc.setLogLevel("ERROR");
    }

    private static String ownJar() {
        try {
            Path p = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p.toString() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    @Override
    public void run(SweepWork work, List<SweepWork.Job> jobs, Consumer<RepValues> sink) {
        if (jobs.isEmpty()) {
            return;
        }
        JavaRDD<SweepWork.Job> rdd = sc.parallelize(jobs, jobs.size());
        List<Object> parts = new ArrayList<>();
        IntStream.range(0, jobs.size()).forEach(parts::add);
        ClassTag<RepValues[]> tag = ClassTag$.MODULE$.apply(RepValues[].class);
        sc.sc().runJob(rdd.rdd(), new PlayPartition(work),
                scala.jdk.javaapi.CollectionConverters.asScala(parts).toSeq(), new Handler(sink), tag);
    }

    @Override
    public String describe() {
        return "spark " + master;
    }

    @Override
    public int parallelism() {
        return sc.defaultParallelism();
    }

    @Override
    public void close() {
        sc.stop();
    }

    /** The task: plays the replications of its partition (one) on the executor. */
    static final class PlayPartition extends AbstractFunction2<TaskContext, Iterator<SweepWork.Job>, RepValues[]>
            implements Serializable {
        private final SweepWork work;

        PlayPartition(SweepWork work) {
            this.work = work;
        }

        @Override
        public RepValues[] apply(TaskContext ctx, Iterator<SweepWork.Job> jobs) {
            List<RepValues> out = new ArrayList<>();
            while (jobs.hasNext()) {
                out.add(work.run(jobs.next()));
            }
            return out.toArray(new RepValues[0]);
        }
    }

    /** On the driver, as each task's result arrives. */
    static final class Handler extends AbstractFunction2<Object, RepValues[], BoxedUnit> {
        private final Consumer<RepValues> sink;

        Handler(Consumer<RepValues> sink) {
            this.sink = sink;
        }

        @Override
        public BoxedUnit apply(Object partition, RepValues[] values) {
            synchronized (sink) {
                for (RepValues v : values) {
                    sink.accept(v);
                }
            }
            return BoxedUnit.UNIT;
        }
    }
}

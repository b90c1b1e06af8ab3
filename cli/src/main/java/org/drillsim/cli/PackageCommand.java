package org.drillsim.cli;

import org.drillsim.exporters.font.CjkFonts;
import org.drillsim.routing.MapLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * {@code drillsim package}: an application image for office PCs — the DrillSim jar, its own Java runtime
 * (jlink'd by the JDK's {@code jpackage}), a Chinese TrueType font and the map extracts, so that the first run
 * needs neither a Java installation, Maven, the network nor system fonts. jpackage builds for the platform it
 * runs on: run this on Windows for a Windows image.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"打包为自带Java运行时、字体和地图的应用程序（离线可用） / "
                + "an application image with its own Java runtime, font and maps (runs offline)"})
public final class PackageCommand implements Callable<Integer> {
    /** Where the bundled files sit inside the image, relative to jpackage's {@code $APPDIR}. */
    static final String FONT_DIR = "fonts";
    static final String MAP_DIR = "maps";

    @Option(names = "--dest", defaultValue = "dist", description = "目标目录 / output folder (default: ${DEFAULT-VALUE})")
    Path dest;

    @Option(names = "--name", defaultValue = "DrillSim", description = "应用名称 / application name (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--map", description = "打包的地图文件（可重复；默认：找到的 harbin 地图） / map extracts to bundle "
            + "(repeatable; default: the harbin extract when found)")
    List<Path> maps = new ArrayList<>();

    @Option(names = "--font", description = "打包的中文TrueType字体（默认：本机找到的） / the Chinese TrueType font to "
            + "bundle (default: the one PDF export uses on this machine)")
    Path font;

    @Option(names = "--force", description = "覆盖已有的输出 / replace an existing image")
    boolean force;

    private final PrintStream out;
    private final PrintStream err;

    public PackageCommand() {
        this(System.out, System.err);
    }

    PackageCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Optional<ToolProvider> jpackage = ToolProvider.findFirst("jpackage");
        if (jpackage.isEmpty()) {
            err.println("drillsim package: 需要完整的JDK（含 jpackage） / needs a full JDK with jpackage (Java 17+), not a JRE");
            return 1;
        }
        Path jar = ownJar();
        if (jar == null) {
            err.println("drillsim package: 请通过 ./drillsim package 运行（需要打包好的 drillsim.jar） / "
                    + "run it as ./drillsim package (it packages the built drillsim.jar)");
            return 1;
        }
        Path image = dest.resolve(name);
        if (Files.exists(image)) {
            if (!force) {
                err.println("drillsim package: " + image + " 已存在 / already exists (use --force to replace it)");
                return 2;
            }
            deleteTree(image);
        }
        Path fontFile = font != null ? font : CjkFonts.findTrueType().orElse(null);
        if (fontFile == null || !Files.isReadable(fontFile)) {
            err.println("drillsim package: 未找到中文TrueType字体 / no Chinese TrueType font to bundle; install one "
                    + "(Debian/Ubuntu: apt-get install fonts-wqy-zenhei) or pass --font FILE");
            return 2;
        }
        List<Path> mapFiles = new ArrayList<>(maps);
        if (mapFiles.isEmpty()) {
            MapLocator.find("harbin").ifPresent(mapFiles::add);
        }
        for (Path m : mapFiles) {
            if (!Files.isRegularFile(m)) {
                err.println("drillsim package: 找不到地图文件 / map file not found: " + m);
                return 2;
            }
        }

        Path input = Files.createTempDirectory("drillsim-package");
        try {
            Files.copy(jar, input.resolve("drillsim.jar"));
            Files.createDirectories(input.resolve(FONT_DIR));
            Files.copy(fontFile, input.resolve(FONT_DIR).resolve(fontFile.getFileName()));
            Files.createDirectories(input.resolve(MAP_DIR));
            for (Path m : mapFiles) {
                Files.copy(m, input.resolve(MAP_DIR).resolve(m.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(dest);
            List<String> args = jpackageArguments(input, dest, name, fontFile.getFileName().toString(), isWindows());
            out.println("drillsim package: jpackage " + String.join(" ", args));
            int rc = jpackage.get().run(out, err, args.toArray(String[]::new));
            if (rc != 0) {
                err.println("drillsim package: jpackage failed (exit " + rc + ")");
                return 1;
            }
            out.printf(Locale.ROOT, "应用程序 / application image: %s (font %s, maps %s)%n", image.toAbsolutePath(),
                    fontFile.getFileName(), mapFiles.stream().map(p -> p.getFileName().toString()).toList());
            out.println("运行 / run: " + image.resolve(isWindows() ? name + ".exe" : "bin/" + name) + " run");
            return 0;
        } finally {
            deleteTree(input);
        }
    }

    /**
     * jpackage's arguments: an app image whose launcher gives the JVM the same options as {@code ./drillsim}, and
     * points DrillSim at the bundled font and maps through system properties ({@code $APPDIR} is expanded by the
     * launcher at start-up).
     */
    static List<String> jpackageArguments(Path input, Path dest, String name, String fontFileName, boolean windows) {
        List<String> a = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", name,
                "--input", input.toString(),
                "--main-jar", "drillsim.jar",
                "--main-class", Main.class.getName(),
                "--dest", dest.toString(),
                "--description", "DrillSim 应急推演 / emergency drill simulator",
                "--java-options", "-Xmx4g",
                "--java-options", "-Dfile.encoding=UTF-8",
                "--java-options", "-Dstdout.encoding=UTF-8",
                "--java-options", "-D" + CjkFonts.PROPERTY + "=$APPDIR/" + FONT_DIR + "/" + fontFileName,
                "--java-options", "-D" + MapLocator.PROPERTY + "=$APPDIR/" + MAP_DIR));
        if (windows) {
            a.add("--win-console"); // a terminal program first: the scorecard goes to the console
        }
        return a;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** The jar this class was loaded from, or null when run from classes (tests, an IDE). */
    private static Path ownJar() {
        try {
            Path p = Path.of(PackageCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

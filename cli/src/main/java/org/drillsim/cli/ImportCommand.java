package org.drillsim.cli;

import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Scenario;
import org.drillsim.inventory.Crs;
import org.drillsim.inventory.Inventory;
import org.drillsim.inventory.InventoryError;
import org.drillsim.inventory.InventoryException;
import org.drillsim.inventory.InventoryImport;
import org.drillsim.inventory.InventoryReader;
import org.drillsim.inventory.InventorySheet;
import org.drillsim.inventory.Table;
import org.drillsim.inventory.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code drillsim import INVENTORY --scenario BASE --out FILE [--crs wgs84|gcj02|bd09]}: a bureau's resource
 * inventory (XLSX, or CSV files one per sheet) into a scenario file; {@code drillsim import --template FILE}
 * writes the template to fill in. Every problem comes out at once as {@code sheet!cell: 中文 / English}, exit
 * code 2, and nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"从资源清单（XLSX 或 CSV）生成情景文件 / build a scenario from a resource inventory (XLSX or CSV)",
                "有数据的工作表替换基础情景中的同类资源 / a sheet with data replaces that kind of resource in the base scenario",
                "Exit code 0 = written, 2 = errors (nothing written)."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "INVENTORY",
            description = "资源清单 .xlsx，或 CSV 文件 / 目录（每表一个，文件名为表名）/ inventory .xlsx, or CSV file / directory (one per sheet, named after it)")
    Path inventory;

    @Option(names = "--template", paramLabel = "FILE", description = "写出空白模板（如 资源清单模板.xlsx）/ write the template")
    Path template;

    @Option(names = "--scenario", paramLabel = "BASE", description = "基础情景文件或内置情景名 / base scenario file or built-in id")
    String base;

    @Option(names = "--out", paramLabel = "FILE", description = "输出情景文件 .yaml / scenario file to write")
    Path out;

    @Option(names = "--crs", paramLabel = "CRS", defaultValue = "wgs84",
            description = "经纬度坐标系 / coordinate system: wgs84 (GPS, default), gcj02 (高德/腾讯 Amap), bd09 (百度 Baidu)")
    String crs;

    @Option(names = "--district", paramLabel = "NAME",
            description = "只按本区县评分（写入 scoring.district，如 松北区）；各区县分行照列 / score the headline targets for this district (scoring.district); every district keeps its row")
    String district;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public ImportCommand() {
        this(System.out, System.err);
    }

    /** For tests: write to the given streams. */
    ImportCommand(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
    }

    @Override
    public Integer call() {
        org.drillsim.exporters.QuietLogging.quiet();   // before the first POI class loads
        if (template != null) {
            try {
                TemplateWriter.write(template);
            } catch (IOException e) {
                stderr.println(template + ": 无法写出模板 / cannot write the template: " + e.getMessage());
                return ValidateCommand.EXIT_INVALID;
            }
            stdout.println("✓ 模板 / template: " + template);
            return 0;
        }
        if (inventory == null || base == null || out == null) {
            stderr.println("import: 需要 INVENTORY、--scenario 和 --out（或 --template FILE）/ expected INVENTORY, --scenario and --out (or --template FILE)");
            return ValidateCommand.EXIT_INVALID;
        }
        Crs system;
        try {
            system = Crs.parse(crs);
        } catch (IllegalArgumentException e) {
            stderr.println("--crs: 未知坐标系 / " + e.getMessage());
            return ValidateCommand.EXIT_INVALID;
        }
        Scenario baseScenario;
        String baseText;
        try {
            baseScenario = ScenarioLibrary.resolve(base, null);
            Path p = Path.of(base);
            baseText = Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : ScenarioLibrary.text(base);
        } catch (ScenarioException e) {
            for (ScenarioError line : e.errors()) {
                stderr.println(line);
            }
            return ValidateCommand.EXIT_INVALID;
        } catch (IOException e) {
            stderr.println(base + ": " + e.getMessage());
            return ValidateCommand.EXIT_INVALID;
        }
        BBox area = baseScenario.map().areaOfInterest();
        if (area == null) {
            stderr.println("注意：基础情景没有 areaOfInterest，未检查位置是否在地图内 / note: the base has no areaOfInterest; positions are not checked against the map");
        }
        try {
            List<Table> tables = read(inventory);
            Inventory inv = InventoryReader.read(tables, system, area);
            String id = scenarioId(out);
            List<String> header = List.of(
                    "Generated by `drillsim import " + inventory.getFileName() + " --crs " + crs.toLowerCase(Locale.ROOT)
                            + " --scenario " + Path.of(base).getFileName() + (district == null ? "" : " --district " + district)
                            + "`: " + summary(inv) + ".",
                    "Sheets with data replace the base's category; the rest of the base is kept as it was (its comments are not).",
                    "Coordinates converted to WGS-84 (" + system.name() + " → WGS-84).");
            InventoryImport.Result r = InventoryImport.merge(baseText, Path.of(base).getFileName().toString(), inv, id, header,
                    district);
            writeAtomically(out, r.yaml());
            stdout.println("✓ " + out + ": " + summary(inv) + " — " + r.scenario().name().both());
            return 0;
        } catch (InventoryException e) {
            for (InventoryError line : e.errors()) {
                stderr.println(line);
            }
            stderr.println("✗ " + inventory + ": " + e.errors().size() + " 个错误，未写出文件 / error"
                    + (e.errors().size() == 1 ? "" : "s") + ", nothing written");
            return ValidateCommand.EXIT_INVALID;
        } catch (IOException | RuntimeException e) {
            stderr.println(inventory + ": 无法读取 / cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ValidateCommand.EXIT_INVALID;
        }
    }

    static List<Table> read(Path in) throws IOException {
        String n = in.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(in) || n.endsWith(".csv")) {
            return Table.readCsv(in);
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
            return Table.readXlsx(in);
        }
        throw new IOException("expected an .xlsx file, a .csv file or a directory of CSV files");
    }

    /** The scenario id from the output file name: lower-case, other characters as '-'. */
    static String scenarioId(Path out) {
        String n = out.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "inventory" : n;
    }

    private static String summary(Inventory inv) {
        List<String> parts = new ArrayList<>();
        for (InventorySheet s : InventorySheet.values()) {
            if (inv.count(s) > 0) {
                parts.add(s.title() + " " + inv.count(s));
            }
        }
        return parts.isEmpty() ? "清单为空 / empty inventory" : String.join("，", parts);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.drillsim.ui.export;

import org.drillsim.core.SimTime;
import org.drillsim.exporters.AtomicFiles;
import org.drillsim.exporters.ReportFormat;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.doc.KeyValue;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.drillsim.world.command.Role;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.journal.JournalHeader;
import org.drillsim.ui.session.DecisionLine;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.InjectLine;
import org.drillsim.ui.session.ScoreRow;
import org.drillsim.ui.view.CommandText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports a drill from the trainer: the report (HTML, Word, Excel) with the overview, the live scorecard,
 * every decision with its role and time, and the injects; plus a copy of the journal, which with the
 * scenario and seed is the whole drill (re-simulating it rebuilds every figure).
 */
public final class DrillExport {
    private final ScenarioSite site;
    private final JournalHeader header;
    private final Set<PlanArea> manualAreas;
    private final Messages zh = new Messages(Messages.CHINESE);
    private final Messages en = new Messages(Messages.ENGLISH);

    public DrillExport(ScenarioSite site, JournalHeader header, Set<PlanArea> manualAreas) {
        this.site = site;
        this.header = header;
        this.manualAreas = manualAreas;
    }

    /** {@code <journal name>-export} next to the journal. */
    public static Path defaultDirectory(Path journal) {
        String name = journal.getFileName().toString().replaceFirst("\\.jsonl$", "");
        return journal.toAbsolutePath().resolveSibling(name + "-export");
    }

    /**
     * Writes {@code report.html}, {@code report.docx}, {@code report.xlsx} and {@code journal.jsonl} into
     * {@code dir} (each atomically) and returns the files written.
     */
    public List<Path> write(DrillSnapshot s, Path dir) {
        try {
            Files.createDirectories(dir);
            ReportDocument doc = report(s);
            List<Path> out = new ArrayList<>();
            out.addAll(ReportFormat.HTML.write(doc, Language.ZH, dir.resolve("report.html")));
            out.addAll(ReportFormat.DOCX.write(doc, Language.ZH, dir.resolve("report.docx")));
            out.addAll(ReportFormat.XLSX.write(doc, Language.ZH, dir.resolve("report.xlsx")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the drill to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Copies the journal into {@code dir} as {@code journal.jsonl}. */
    public static Path copyJournal(Path journal, Path dir) {
        try {
            // AtomicFiles, not Files.createTempFile: the copy sits beside the shared reports, so the umask applies.
            Path copy = dir.resolve("journal.jsonl");
            AtomicFiles.write(copy, out -> Files.copy(journal, out));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the journal " + journal + " to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The report document of a drill at snapshot {@code s}. */
    public ReportDocument report(DrillSnapshot s) {
        var name = site.scenario().name();
        List<String> areas = new ArrayList<>();
        List<String> areasEn = new ArrayList<>();
        for (PlanArea a : manualAreas) {
            areas.add(zh.get("area." + a.name().toLowerCase(Locale.ROOT)));
            areasEn.add(en.get("area." + a.name().toLowerCase(Locale.ROOT)));
        }
        Section overview = Section.builder(1, t("report.summary"))
                .keyValues(List.of(
                        new KeyValue(t("report.scenario"), Text.of(name.zh(), name.en())),
                        KeyValue.of(t("report.seed"), Long.toString(header.seed())),
                        KeyValue.of(t("report.time"), SimTime.format(s.timeMs())),
                        new KeyValue(t("report.manual"), Text.of(String.join("、", areas), String.join(", ", areasEn))),
                        KeyValue.of(t("report.journal"), header.scenario())))
                .note(t("report.note"))
                .build();

        Table.Builder score = Table.builder("scorecard", t("report.scorecard"), t("score.target"), t("score.value"), t("score.threshold"),
                Text.of("结果", "result"), Text.of("依据", "source"));
        for (ScoreRow r : s.score()) {
            Status st = switch (r.status()) {
                case PASS -> Status.PASS;
                case FAIL -> Status.FAIL;
                case AT_RISK -> Status.WARN;
                case NO_DATA -> Status.NONE;
            };
            score.row(Cell.of(Text.of(r.label().zh(), r.label().en())), !r.share() || Double.isNaN(r.value()) ? Cell.of(Text.of(r.valueText(zh), r.valueText(en))).withStatus(st) : Cell.percent(r.value(), 1).withStatus(st),
                    Cell.of(Text.of(r.requirementText(zh), r.requirementText(en))), Cell.of(Text.of(zh.get(r.status().messageKey()), en.get(r.status().messageKey()))),
                    Cell.of(r.source()));
        }
        Table.Builder decisions = Table.builder("decisions", t("report.decisions"), t("log.time"), t("log.role"), t("log.decision"), t("log.result"));
        for (DecisionLine d : s.decisions()) {
            if (d.drillRole().equals("plan")) continue;
            Role post = Role.valueOf(d.postRole().toUpperCase(Locale.ROOT));
            decisions.row(Cell.of(SimTime.format(d.timeMs())),
                    Cell.of(Text.of(zh.get("role." + d.drillRole()) + " · " + post.zh() + " · " + d.issuer(), en.get("role." + d.drillRole()) + " · " + post.en() + " · " + d.issuer())),
                    Cell.of(Text.of(CommandText.describe(d.command(), zh, s.names()), CommandText.describe(d.command(), en, s.names()))),
                    d.accepted() ? Cell.of(t("log.accepted")).withStatus(Status.PASS) : Cell.of(Text.of(zh.get("log.rejected") + "：" + d.reason(), en.get("log.rejected") + ": " + d.reason())).withStatus(Status.FAIL));
        }
        Table.Builder injects = Table.builder("injects", t("report.injects"), t("log.time"), Text.of("注入", "inject"), Text.of("内容", "message"));
        for (InjectLine i : s.fired()) {
            injects.row(Cell.of(SimTime.format(i.timeMs())), Cell.of(i.inject().id() + (i.adHoc() ? " ★" : "")),
                    Cell.of(Text.of(i.inject().message().zh(), i.inject().message().en())));
        }
        return ReportDocument.builder(t("report.title"))
                .subtitle(Text.of(name.zh(), name.en()))
                .meta(t("report.seed"), Long.toString(header.seed()))
                .section(overview)
                .section(Section.builder(1, t("report.scorecard")).add(score.build()).build())
                .section(Section.builder(1, t("report.decisions")).add(decisions.build()).build())
                .section(Section.builder(1, t("report.injects")).add(injects.build()).build())
                .build();
    }

    private Text t(String key) {
        return Text.of(zh.get(key), en.get(key));
    }
}

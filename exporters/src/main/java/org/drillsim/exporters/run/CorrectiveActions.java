package org.drillsim.exporters.run;

import org.drillsim.runformat.Verdict;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.Scorecard;

import java.util.ArrayList;
import java.util.List;

/**
 * The corrective actions (整改措施) a scorecard calls for: one per target not met or at risk ({@link Verdict}, the one rule), with the
 * suggested responsible department and the clause to revise. The report's corrective-action table and the drill
 * register's tracked items both come from here.
 */
public final class CorrectiveActions {
    private CorrectiveActions() {
    }

    /**
     * One corrective action.
     *
     * @param targetId   the target behind it
     * @param failed     true when the target failed, false when borderline
     * @param text       what to do, zh / en
     * @param department the usually responsible department (a suggestion)
     * @param clause     the clause to revise: the cited plan's document and clause
     */
    public record Item(String targetId, boolean failed, Text text, Text department, String clause) {
    }

    /** The actions of a scorecard, in target order. */
    public static List<Item> of(Scorecard card) {
        List<Item> out = new ArrayList<>();
        for (Scorecard.Target target : card.targets()) {
            Verdict v = target.verdict();
            if (v != Verdict.NOT_MET && v != Verdict.AT_RISK) {
                continue;
            }
            Text label = RunText.label(target);
            Text value = RunText.value(target);
            Text causes = RunText.causes(target, 2);
            Text resource = RunReportBuilder.resourceFor(RunText.firstCause(target), target.id());
            String zh = "“" + label.zh() + "”" + v.zh() + "（" + value.zh() + "；阈值 "
                    + RunText.threshold(target).zh() + "）" + (causes.isEmpty() ? "" : "；主要原因：" + causes.zh())
                    + "。建议补强：" + resource.zh() + "，并据此修订预案相应条款。";
            String en = "“" + label.en() + "” " + v.en() + " (" + value.en() + "; target "
                    + RunText.threshold(target).en() + ")" + (causes.isEmpty() ? "" : "; main causes: " + causes.en())
                    + ". Strengthen: " + resource.en() + ", and revise the plan's clause accordingly.";
            Scorecard.Source src = target.source();
            String clause = src == null ? "" : (src.document() == null || src.document().isEmpty() ? src.file() : src.document())
                    + (src.clause() == null || src.clause().isEmpty() ? "" : " " + src.clause());
            out.add(new Item(target.id(), v == Verdict.NOT_MET, Text.of(zh, en), RunReportBuilder.department(target.id()), clause));
        }
        return out;
    }
}

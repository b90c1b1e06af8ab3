package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Team;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.TargetResult;

import java.util.function.Predicate;

/**
 * Adds {@code k} teams of one kind (medical teams, road-repair crews, forest-fire teams), each a copy of an existing
 * team of that kind at its home: the added teams go round the matching team entries in scenario order.
 */
public final class TeamVariant implements ScenarioVariant {
    private final String id;
    private final LocalizedText label;
    private final Predicate<Team> kind;
    private final TargetReach reach;
    private final int cap;

    /**
     * @param id    variant id, e.g. {@code medical-team}
     * @param label what is added, zh / en
     * @param kind  which teams count as this kind
     * @param reach which targets these teams serve
     * @param cap   largest number of teams tried
     */
    public TeamVariant(String id, LocalizedText label, Predicate<Team> kind, TargetReach reach, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, got " + cap);
        }
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.reach = reach;
        this.cap = cap;
    }

    /** Teams of this kind in {@code site} (counting {@code count} copies). */
    public int countIn(ScenarioSite site) {
        return site.teams().stream().filter(kind).mapToInt(Team::count).sum();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    @Override
    public int cap() {
        return cap;
    }

    @Override
    public double amount(int k) {
        return k;
    }

    @Override
    public LocalizedText unit() {
        return new LocalizedText("支", "teams");
    }

    @Override
    public LocalizedText describe(int k) {
        return new LocalizedText("+" + k + " 支" + label.zh() + "（按现有队伍复制，驻地不变）",
                "+" + k + " " + label.en() + " (copies of the existing teams, same homes)");
    }

    @Override
    public boolean affects(TargetResult target) {
        return reach.reaches(target);
    }

    @Override
    public ScenarioSite apply(ScenarioSite base, int k) {
        if (k < 0 || k > cap) {
            throw new IllegalArgumentException(id + ": step must be in 0.." + cap + ", got " + k);
        }
        if (k == 0) {
            return base;
        }
        SiteEditor e = new SiteEditor(base);
        SiteEditor.spreadInTurn(e.teams, kind, k, (t, extra) -> new Team(t.id(), t.name(), t.type(),
                t.count() + extra, t.headcount(), t.capabilities(), t.home(), t.vehicle(), t.level()), id);
        e.note("差距分析变体 / gap variant: " + describe(k).zh() + " / " + describe(k).en());
        return e.build();
    }
}

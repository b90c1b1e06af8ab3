package org.drillsim.register;

import org.drillsim.register.Kinds.ActionStatus;
import org.drillsim.register.Kinds.Form;
import org.drillsim.register.Kinds.PlanKind;
import org.drillsim.register.Kinds.Scope;
import org.drillsim.register.Kinds.State;
import org.drillsim.register.Kinds.UnitKind;
import org.drillsim.register.Records.Action;
import org.drillsim.register.Records.Drill;
import org.drillsim.register.Records.DrillTarget;
import org.drillsim.register.Records.Plan;
import org.drillsim.register.Records.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drill register in an embedded SQLite database. The schema is brought up to date on open by a small
 * versioned migration table ({@code schema_version}): each {@code migrations/V<n>__<what>.sql} resource listed in
 * {@link #MIGRATIONS} runs once, in order, in one transaction with its version row.
 */
public final class RegisterDb implements AutoCloseable {
    /** Environment variable naming the database file. */
    public static final String ENV = "DRILLSIM_REGISTER";

    /** The migrations, in order: version → resource name. Append only. */
    static final List<Map.Entry<Integer, String>> MIGRATIONS = List.of(
            Map.entry(1, "V1__units_plans_drills.sql"));

    private final Connection db;

    private RegisterDb(Connection db) {
        this.db = db;
    }

    /**
     * The database file: the given path, else {@code $DRILLSIM_REGISTER}, else {@code ~/.drillsim/register.db}.
     */
    public static Path locate(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".drillsim", "register.db");
    }

    /** Opens (creating when missing) and migrates the register at {@code file}. */
    public static RegisterDb open(Path file) throws SQLException {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the register's folder for " + file + ": " + e.getMessage(), e);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
        RegisterDb r = new RegisterDb(c);
        r.migrate();
        return r;
    }

    /** The schema version now (the highest migration applied). */
    public int schemaVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
        }
        int have = schemaVersion();
        for (Map.Entry<Integer, String> m : MIGRATIONS) {
            if (m.getKey() <= have) {
                continue;
            }
            String sql = resource("migrations/" + m.getValue());
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                // comments first: they may hold a ';'
                for (String part : stripComments(sql).split(";")) {
                    String stmt = part.trim();
                    if (!stmt.isEmpty()) {
                        s.execute(stmt);
                    }
                }
                try (PreparedStatement p = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?, datetime('now'))")) {
                    p.setInt(1, m.getKey());
                    p.setString(2, m.getValue());
                    p.executeUpdate();
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    private static String stripComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            int cut = line.indexOf("--");
            b.append(cut >= 0 ? line.substring(0, cut) : line).append('\n');
        }
        return b.toString();
    }

    private static String resource(String name) throws SQLException {
        try (InputStream in = RegisterDb.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new SQLException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + name, e);
        }
    }

    // ---- units and plans ----------------------------------------------------------------------------

    /** Adds or replaces a unit. */
    public void putUnit(Unit u) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO unit VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + "name = excluded.name, kind = excluded.kind, high_risk = excluded.high_risk, crowded = excluded.crowded, "
                + "writes_plans = excluded.writes_plans")) {
            p.setString(1, u.id());
            p.setString(2, u.name());
            p.setString(3, u.kind().id());
            p.setInt(4, u.highRisk() ? 1 : 0);
            p.setInt(5, u.crowded() ? 1 : 0);
            p.setInt(6, u.writesPlans() ? 1 : 0);
            p.executeUpdate();
        }
    }

    /** Adds or replaces a plan. */
    public void putPlan(Plan plan) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO plan VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + "unit_id = excluded.unit_id, title = excluded.title, kind = excluded.kind")) {
            p.setString(1, plan.id());
            p.setString(2, plan.unitId());
            p.setString(3, plan.title());
            p.setString(4, plan.kind().id());
            p.executeUpdate();
        }
    }

    public List<Unit> units() throws SQLException {
        List<Unit> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM unit ORDER BY id")) {
            while (rs.next()) {
                out.add(new Unit(rs.getString("id"), rs.getString("name"), Kinds.parse(UnitKind.class, rs.getString("kind"), "kind"),
                        rs.getInt("high_risk") != 0, rs.getInt("crowded") != 0, rs.getInt("writes_plans") != 0));
            }
        }
        return out;
    }

    public List<Plan> plans() throws SQLException {
        List<Plan> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM plan ORDER BY id")) {
            while (rs.next()) {
                out.add(new Plan(rs.getString("id"), rs.getString("unit_id"), rs.getString("title"),
                        Kinds.parse(PlanKind.class, rs.getString("kind"), "kind")));
            }
        }
        return out;
    }

    // ---- drills -------------------------------------------------------------------------------------

    /** Stores a new drill; returns its id. */
    public long addDrill(Drill d) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO drill (unit_id, plan_id, held_on, form, scope, state, source, "
                + "run_dir, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, d.unitId());
            p.setString(2, d.planId());
            p.setString(3, d.heldOn().toString());
            p.setString(4, d.form().id());
            p.setString(5, d.scope().id());
            p.setString(6, d.state().id());
            p.setString(7, d.source());
            p.setString(8, d.runDir());
            p.setString(9, d.note());
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves a drill to another workflow state. */
    public void setState(long drillId, State state) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE drill SET state = ? WHERE id = ?")) {
            p.setString(1, state.id());
            p.setLong(2, drillId);
            if (p.executeUpdate() != 1) {
                throw new SQLException("no drill with id " + drillId);
            }
        }
    }

    /** Every drill, by date then id. */
    public List<Drill> drills() throws SQLException {
        return drills("SELECT * FROM drill ORDER BY held_on, id", null);
    }

    /** The drill with this id, or null. */
    public Drill drill(long id) throws SQLException {
        List<Drill> l = drills("SELECT * FROM drill WHERE id = ?", id);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The drill of the same plan held before {@code drill} (by date, then id), or null. */
    public Drill previousDrillOfPlan(Drill drill) throws SQLException {
        if (drill.planId() == null) {
            return null;
        }
        Drill prev = null;
        for (Drill d : drills()) {
            if (d.id() != drill.id() && drill.planId().equals(d.planId())
                    && (d.heldOn().isBefore(drill.heldOn()) || d.heldOn().equals(drill.heldOn()) && d.id() < drill.id())) {
                prev = d;
            }
        }
        return prev;
    }

    private List<Drill> drills(String sql, Long id) throws SQLException {
        List<Drill> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            if (id != null) {
                p.setLong(1, id);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Drill(rs.getLong("id"), rs.getString("unit_id"), rs.getString("plan_id"),
                            LocalDate.parse(rs.getString("held_on")), Kinds.parse(Form.class, rs.getString("form"), "form"),
                            Kinds.parse(Scope.class, rs.getString("scope"), "scope"),
                            Kinds.parse(State.class, rs.getString("state"), "state"), rs.getString("source"),
                            rs.getString("run_dir"), rs.getString("note")));
                }
            }
        }
        return out;
    }

    public void putTarget(DrillTarget t) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO drill_target VALUES (?, ?, ?, ?)")) {
            p.setLong(1, t.drillId());
            p.setString(2, t.targetId());
            if (Double.isNaN(t.value())) {
                p.setNull(3, java.sql.Types.REAL);
            } else {
                p.setDouble(3, t.value());
            }
            p.setInt(4, t.pass() ? 1 : 0);
            p.executeUpdate();
        }
    }

    public List<DrillTarget> targets(long drillId) throws SQLException {
        List<DrillTarget> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT * FROM drill_target WHERE drill_id = ? ORDER BY rowid")) {
            p.setLong(1, drillId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble("value");
                    out.add(new DrillTarget(drillId, rs.getString("target_id"), rs.wasNull() ? Double.NaN : v, rs.getInt("pass") != 0));
                }
            }
        }
        return out;
    }

    // ---- corrective actions -------------------------------------------------------------------------

    public long addAction(Action a) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO corrective_action (drill_id, plan_id, target_id, item, owner, "
                + "due_on, clause, status, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, a.drillId());
            p.setString(2, a.planId());
            p.setString(3, a.targetId());
            p.setString(4, a.item());
            p.setString(5, a.owner());
            p.setString(6, a.dueOn().toString());
            p.setString(7, a.clause());
            p.setString(8, a.status().id());
            p.setString(9, a.closedOn() == null ? null : a.closedOn().toString());
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sets an action's status (closing it records the date). */
    public void setActionStatus(long id, ActionStatus status, LocalDate on) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE corrective_action SET status = ?, closed_on = ? WHERE id = ?")) {
            p.setString(1, status.id());
            p.setString(2, status == ActionStatus.CLOSED ? on.toString() : null);
            p.setLong(3, id);
            if (p.executeUpdate() != 1) {
                throw new SQLException("no corrective action with id " + id);
            }
        }
    }

    /** The actions raised by one drill. */
    public List<Action> actionsOfDrill(long drillId) throws SQLException {
        return actions("SELECT * FROM corrective_action WHERE drill_id = ? ORDER BY id", String.valueOf(drillId));
    }

    /** Every action, or those of one plan. */
    public List<Action> actions(String planId) throws SQLException {
        return planId == null ? actions("SELECT * FROM corrective_action ORDER BY id", null)
                : actions("SELECT * FROM corrective_action WHERE plan_id = ? ORDER BY id", planId);
    }

    private List<Action> actions(String sql, String arg) throws SQLException {
        List<Action> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            if (arg != null) {
                p.setString(1, arg);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String closed = rs.getString("closed_on");
                    out.add(new Action(rs.getLong("id"), rs.getLong("drill_id"), rs.getString("plan_id"), rs.getString("target_id"),
                            rs.getString("item"), rs.getString("owner"), LocalDate.parse(rs.getString("due_on")),
                            rs.getString("clause"), Kinds.parse(ActionStatus.class, rs.getString("status"), "status"),
                            closed == null ? null : LocalDate.parse(closed)));
                }
            }
        }
        return out;
    }

    /** Runs {@code work} in one transaction (an import is all or nothing). */
    public void inTransaction(SqlWork work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Work that may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork {
        void run() throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

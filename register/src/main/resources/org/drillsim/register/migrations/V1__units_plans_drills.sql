-- units (单位), their plans (预案) and drills (演练); corrective actions (整改事项) and the targets of DrillSim drills
CREATE TABLE unit (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,              -- district | department | subdistrict | enterprise | school | venue
  high_risk INTEGER NOT NULL DEFAULT 0,
  crowded INTEGER NOT NULL DEFAULT 0,
  writes_plans INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE plan (
  id TEXT PRIMARY KEY,
  unit_id TEXT NOT NULL REFERENCES unit(id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL               -- overall | special | department | unit
);
CREATE TABLE drill (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_id TEXT NOT NULL REFERENCES unit(id),
  plan_id TEXT REFERENCES plan(id),
  held_on TEXT NOT NULL,           -- yyyy-MM-dd
  form TEXT NOT NULL,              -- live | tabletop | double-blind
  scope TEXT NOT NULL,             -- comprehensive | joint | special | single
  state TEXT NOT NULL,             -- plan | script | run | evaluation | archive
  source TEXT NOT NULL,            -- drillsim | entered | xlsx
  run_dir TEXT,
  note TEXT
);
CREATE TABLE drill_target (
  drill_id INTEGER NOT NULL REFERENCES drill(id),
  target_id TEXT NOT NULL,
  value REAL,
  pass INTEGER NOT NULL,
  PRIMARY KEY (drill_id, target_id)
);
CREATE TABLE corrective_action (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  drill_id INTEGER NOT NULL REFERENCES drill(id),
  plan_id TEXT REFERENCES plan(id),
  target_id TEXT,
  item TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT NOT NULL,
  clause TEXT NOT NULL,
  status TEXT NOT NULL,            -- open | in-progress | closed
  closed_on TEXT
);
CREATE INDEX drill_unit_date ON drill(unit_id, held_on);
CREATE INDEX action_plan ON corrective_action(plan_id);

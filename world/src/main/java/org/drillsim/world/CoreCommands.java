package org.drillsim.world;

import org.drillsim.runformat.EventTypes;
import org.drillsim.routing.EdgeQueries;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandHandler;
import org.drillsim.world.command.CommandRejectedException;
import org.drillsim.format.model.GeoPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Handlers of the commands the core owns: dispatch, reassign (delegated to the task's {@link TaskOwner}),
 * pre-position, mutual aid, close and reopen roads. Shelter, supply and evacuation commands are handled by
 * the relief module.
 */
final class CoreCommands {
    private CoreCommands() {
    }

    static void install(World w) {
        w.commands().register(Command.Dispatch.class, new DispatchHandler(w));
        w.commands().register(Command.Reassign.class, new ReassignHandler(w));
        w.commands().register(Command.PrePosition.class, new PrePositionHandler(w));
        w.commands().register(Command.RequestMutualAid.class, new MutualAidHandler(w));
        w.commands().register(Command.CloseRoad.class, new RoadHandler<>(w, true));
        w.commands().register(Command.ReopenRoad.class, new RoadHandler<>(w, false));
    }

    static Unit unit(World w, String id) throws CommandRejectedException {
        Unit u = id == null ? null : w.units().get(id);
        if (u == null) {
            throw new CommandRejectedException("没有编号为 " + id + " 的队伍或车辆", "no unit with id " + id);
        }
        return u;
    }

    static Task task(World w, String id) throws CommandRejectedException {
        Task t = id == null ? null : w.tasks().get(id);
        if (t == null) {
            throw new CommandRejectedException("任务 " + id + " 不存在或已完成", "task " + id + " does not exist or is done");
        }
        return t;
    }

    private record DispatchHandler(World w) implements CommandHandler<Command.Dispatch> {
        @Override
        public void validate(Command.Dispatch c) throws CommandRejectedException {
            Unit u = unit(w, c.unitId());
            Task t = task(w, c.taskId());
            if (!u.isAvailable()) {
                throw new CommandRejectedException(u.id() + " 正在执行任务，请用改派", u.id() + " is busy (" + u.status()
                        + "); use reassign");
            }
            String why = t.owner().refusal(u, t);
            if (why != null) {
                throw CommandRejectedException.bilingual(why);
            }
        }

        @Override
        public void apply(Command.Dispatch c) {
            Unit u = w.units().get(c.unitId());
            Task t = w.tasks().get(c.taskId());
            t.owner().dispatch(u, t);
        }
    }

    private record ReassignHandler(World w) implements CommandHandler<Command.Reassign> {
        @Override
        public void validate(Command.Reassign c) throws CommandRejectedException {
            Unit u = unit(w, c.unitId());
            Task t = task(w, c.taskId());
            if (u.task() == null) {
                throw new CommandRejectedException(u.id() + " 当前没有可改派的任务", u.id() + " has no task to be taken off");
            }
            if (u.task() == t) {
                throw new CommandRejectedException(u.id() + " 已在执行该任务", u.id() + " already works on " + t.id());
            }
            String stuck = u.task().owner().withdrawRefusal(u, u.task());
            if (stuck != null) {
                throw CommandRejectedException.bilingual(stuck);
            }
        }

        @Override
        public void apply(Command.Reassign c) {
            Unit u = w.units().get(c.unitId());
            Task old = u.task();
            old.owner().withdraw(u, old);
            Task t = w.tasks().get(c.taskId());
            if (u.isAvailable() && t != null && t.owner().refusal(u, t) == null) {
                t.owner().dispatch(u, t);
            }
        }
    }

    private record PrePositionHandler(World w) implements CommandHandler<Command.PrePosition> {
        @Override
        public void validate(Command.PrePosition c) throws CommandRejectedException {
            Unit u = unit(w, c.unitId());
            Facility f = w.site().facilities().get(c.facilityId());
            if (f == null) {
                throw new CommandRejectedException("没有编号为 " + c.facilityId() + " 的设施", "no facility " + c.facilityId());
            }
            if (!u.isAvailable()) {
                throw new CommandRejectedException(u.id() + " 正在执行任务", u.id() + " is busy");
            }
            if (!w.travel().reachable(u.node(), f.node())) {
                throw new CommandRejectedException(f.id() + " 道路不通", "no open road to " + f.id());
            }
        }

        @Override
        public void apply(Command.PrePosition c) {
            Unit u = w.units().get(c.unitId());
            Facility f = w.site().facility(c.facilityId());
            long travel = w.travel().time(u.node(), f.node());
            u.setStatus(UnitStatus.BUSY, w.now());
            w.log().event(w.now(), "unit-move").str("unit", u.id()).str("to", f.id()).num("travelMin", travel / 60_000.0).write();
            u.startTrip(u.node(), f.node(), w.now(), w.now() + travel, false);
            w.sim().schedule(travel, "pre-position " + u.id(), () -> {
                u.free(f.node(), w.now());
                w.log().event(w.now(), "unit-arrive").str("unit", u.id()).str("at", f.id()).write();
                w.unitFreed(u);
            });
        }
    }

    private record MutualAidHandler(World w) implements CommandHandler<Command.RequestMutualAid> {
        @Override
        public void validate(Command.RequestMutualAid c) throws CommandRejectedException {
            if (w.units().ofType(c.unitType()).isEmpty()) {
                throw new CommandRejectedException("本地没有 " + c.unitType() + " 类队伍或车辆可参照", "no unit of type "
                        + c.unitType() + " to model the aid on");
            }
            if (c.count() < 1 || c.count() > 500) {
                throw new CommandRejectedException("增援数量应为 1–500", "count must be 1–500, got " + c.count());
            }
            if (!(c.delayHours() >= 0 && c.delayHours() <= 240)) {
                throw new CommandRejectedException("到达时间应为 0–240 小时", "delay must be 0–240 h, got " + c.delayHours());
            }
            if (!w.site().facilities().containsKey(c.facilityId())) {
                throw new CommandRejectedException("没有编号为 " + c.facilityId() + " 的设施", "no facility " + c.facilityId());
            }
        }

        @Override
        public void apply(Command.RequestMutualAid c) {
            Unit model = w.units().ofType(c.unitType()).get(0);
            Facility f = w.site().facility(c.facilityId());
            long delay = Math.round(c.delayHours() * 3_600_000.0);
            int existing = 0;
            for (Unit u : w.units().all()) {
                if (u.id().startsWith("aid-" + c.unitType() + "-")) {
                    existing++;
                }
            }
            List<Unit> added = new ArrayList<>();
            for (int i = 1; i <= c.count(); i++) {
                Unit u = new Unit("aid-" + c.unitType() + "-" + (existing + i), model.type(), model.name(),
                        model.capabilities(), model.capacity(), model.loadTonnes(), f.id(), f.node());
                u.setStatus(UnitStatus.EN_ROUTE_TO_AREA, w.now());
                w.units().add(u);
                added.add(u);
            }
            w.sim().schedule(delay, "mutual-aid " + c.unitType(), () -> {
                for (Unit u : added) {
                    u.free(f.node(), w.now());
                    w.log().event(w.now(), "unit-arrive").str("unit", u.id()).str("at", f.id()).bool("mutualAid", true).write();
                }
                for (Unit u : added) {
                    w.unitFreed(u);
                }
            });
        }
    }

    private static final class RoadHandler<C extends Command> implements CommandHandler<C> {
        private final World w;
        private final boolean close;

        RoadHandler(World w, boolean close) {
            this.w = w;
            this.close = close;
        }

        @Override
        public void validate(C c) throws CommandRejectedException {
            if (edges(c).length == 0) {
                throw new CommandRejectedException("指定位置附近没有道路", "no road within the radius of the point");
            }
        }

        @Override
        public void apply(C c) {
            int layer = w.roads().layer(RoadConditions.COMMAND);
            int[] edges = edges(c);
            int changed = 0;
            for (int e : edges) {
                if (close ? w.roads().close(layer, e) : w.roads().clear(layer, e)) {
                    changed++;
                }
            }
            w.log().event(w.now(), close ? "road-closed" : EventTypes.ROAD_REOPENED).num("edges", edges.length)
                    .num("changed", changed).write();
            w.roadsChanged();
        }

        private int[] edges(C c) {
            GeoPoint p;
            double r;
            String name;
            if (c instanceof Command.CloseRoad cr) {
                p = cr.near();
                r = cr.radiusM();
                name = cr.roadName();
            } else {
                Command.ReopenRoad rr = (Command.ReopenRoad) c;
                p = rr.near();
                r = rr.radiusM();
                name = rr.roadName();
            }
            if (p == null || !(r > 0)) {
                return new int[0];
            }
            return edgesNear(w.site().network(), p, r, name);
        }
    }

    /** Edges whose geometry passes within {@code radiusM} of {@code p} (optionally with this name), ascending. */
    static int[] edgesNear(RoadNetwork net, GeoPoint p, double radiusM, String roadName) {
        return EdgeQueries.near(net, p.lon(), p.lat(), radiusM, roadName, false);
    }
}

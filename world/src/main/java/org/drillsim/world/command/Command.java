package org.drillsim.world.command;

import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.ReliefItem;

import java.util.List;
import java.util.Objects;

/**
 * A decision applied to the simulated world at the current simulated time, issued by the automatic plan
 * or by a trainee through the {@link CommandBus}. Every command names its {@link Issuer}; the bus stamps
 * the time when it is applied.
 */
public sealed interface Command {

    /** Who issued it. */
    Issuer issuer();

    /** Short type id used in the event log and the journal, e.g. {@code dispatch}. */
    String type();

    /**
     * Send an available unit to a task (派遣).
     *
     * @param unitId unit id, e.g. {@code amb-base1-3}
     * @param taskId task id, e.g. {@code cas-17}
     */
    record Dispatch(Issuer issuer, String unitId, String taskId) implements Command {
        public Dispatch {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "dispatch";
        }
    }

    /**
     * Take a busy unit off its current task and send it to another one (改派).
     *
     * @param unitId unit id
     * @param taskId the new task
     */
    record Reassign(Issuer issuer, String unitId, String taskId) implements Command {
        public Reassign {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "reassign";
        }
    }

    /** Open an emergency shelter (开放避难场所). */
    record OpenShelter(Issuer issuer, String shelterId) implements Command {
        public OpenShelter {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "open-shelter";
        }
    }

    /** Close a shelter to new arrivals (关闭避难场所). */
    record CloseShelter(Issuer issuer, String shelterId) implements Command {
        public CloseShelter {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "close-shelter";
        }
    }

    /**
     * Send relief items from a depot to a shelter (调拨物资).
     *
     * @param quantity units of {@code item} (litres, rations, pieces)
     */
    record AllocateSupplies(Issuer issuer, String depotId, String shelterId, ReliefItem item, long quantity)
            implements Command {
        public AllocateSupplies {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "allocate-supplies";
        }
    }

    /**
     * Evacuate everyone in a zone (组织转移).
     *
     * @param zoneId        name of the zone for the log
     * @param polygonLonLat closed ring of [lon, lat] pairs
     * @param shelterId     destination shelter, or null for the nearest open one with room
     */
    record EvacuateZone(Issuer issuer, String zoneId, List<List<Double>> polygonLonLat, String shelterId)
            implements Command {
        public EvacuateZone {
            Objects.requireNonNull(issuer, "issuer");
            polygonLonLat = polygonLonLat == null ? null : List.copyOf(polygonLonLat);
        }

        @Override
        public String type() {
            return "evacuate-zone";
        }
    }

    /**
     * Ask a neighbouring jurisdiction for units (请求增援).
     *
     * @param unitType   kind of unit, as in the unit registry ({@code ambulance}, {@code medical-team},
     *                   {@code truck}, {@code road-repair} …)
     * @param count      number of units
     * @param facilityId where they report
     * @param delayHours time until they arrive, hours
     */
    record RequestMutualAid(Issuer issuer, String unitType, int count, String facilityId, double delayHours)
            implements Command {
        public RequestMutualAid {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "request-mutual-aid";
        }
    }

    /**
     * Close the roads near a point (交通管制).
     *
     * @param near     point
     * @param radiusM  search radius, metres
     * @param roadName only roads with this name, or null for all within the radius
     */
    record CloseRoad(Issuer issuer, GeoPoint near, double radiusM, String roadName) implements Command {
        public CloseRoad {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "close-road";
        }
    }

    /** Lift the command closures of the roads near a point (解除管制). Hazard closures stay. */
    record ReopenRoad(Issuer issuer, GeoPoint near, double radiusM, String roadName) implements Command {
        public ReopenRoad {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "reopen-road";
        }
    }

    /**
     * Call an agreement reserve (启用协议储备): the supplier delivers to its depot after its lead time.
     *
     * @param reserveId agreement reserve id from the scenario
     */
    record CallReserve(Issuer issuer, String reserveId) implements Command {
        public CallReserve {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "call-reserve";
        }
    }

    /** Move an available unit to wait at a facility (前置部署). */
    record PrePosition(Issuer issuer, String unitId, String facilityId) implements Command {
        public PrePosition {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "pre-position";
        }
    }

    /**
     * Issue a warning (发布预警).
     *
     * @param level    blue, yellow, orange or red
     * @param area     the area warned
     * @param channels channels (sms, tv, radio, siren, wechat …)
     */
    record IssueWarning(Issuer issuer, String level, String area, List<String> channels) implements Command {
        public IssueWarning {
            Objects.requireNonNull(issuer, "issuer");
            channels = channels == null ? List.of() : List.copyOf(channels);
        }

        @Override
        public String type() {
            return "issue-warning";
        }
    }

    /**
     * Start (or change to) an emergency response level (启动应急响应): 1 = I (highest) … 4 = IV. The plan's actions
     * for that level follow.
     */
    record StartResponse(Issuer issuer, int level) implements Command {
        public StartResponse {
            Objects.requireNonNull(issuer, "issuer");
        }

        @Override
        public String type() {
            return "start-response";
        }
    }
}

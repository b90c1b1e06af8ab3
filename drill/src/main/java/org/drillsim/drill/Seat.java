package org.drillsim.drill;

import org.drillsim.world.FacilityKind;
import org.drillsim.world.PlanArea;
import org.drillsim.world.command.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seats of a joint tabletop drill and what each may do. Roles are permissions: the server's
 * {@link SeatGate} checks every command against its seat's row here before the command bus sees it; the UI
 * only mirrors the same table. The controller (导调组) owns the clock and the injects and issues no command
 * to the model.
 *
 * @param zh          the seat's name as players call it, e.g. 医疗救护组; also its id on the wire
 * @param role        the command-post role written to the event log
 * @param commands    command types ({@code Command.type()}) the seat may issue
 * @param unitTypes   unit types ({@code Unit.type()}) the seat commands; a command naming another unit is refused
 * @param taskKinds   task kinds the seat is told about (its calls and reports), e.g. {@code casualty}
 * @param facilities  facility kinds listed in its view (shelters for 转移安置组 …)
 * @param areas       plan areas the seat takes over from the automatic plan when it is in the drill
 */
public record Seat(String zh, String en, Role role, Set<String> commands, Set<String> unitTypes, Set<String> taskKinds,
                   Set<FacilityKind> facilities, Set<PlanArea> areas) {

    /** The control cell's seat name. */
    public static final String CONTROLLER = "导调组";

    private static final Set<String> UNIT_ORDERS = Set.of("dispatch", "reassign", "pre-position", "request-mutual-aid");

    /** Every player seat, in the stated order used when two seats' commands fall on the same simulated time. */
    public static final List<Seat> ALL = List.of(
            new Seat("医疗救护组", "medical group", Role.MEDICAL, UNIT_ORDERS,
                    Set.of("ambulance", "medical-team", "helicopter"), Set.of("casualty"),
                    EnumSet.of(FacilityKind.HOSPITAL), EnumSet.of(PlanArea.MEDICAL)),
            new Seat("转移安置组", "evacuation and shelter group", Role.SHELTER,
                    Set.of("open-shelter", "close-shelter", "evacuate-zone", "dispatch", "reassign", "pre-position", "request-mutual-aid"),
                    Set.of("bus"), Set.of(), EnumSet.of(FacilityKind.SHELTER), EnumSet.of(PlanArea.EVACUATION, PlanArea.SHELTER)),
            new Seat("物资保障组", "logistics group", Role.LOGISTICS,
                    Set.of("allocate-supplies", "call-reserve", "pre-position", "request-mutual-aid"),
                    Set.of("truck"), Set.of(), EnumSet.of(FacilityKind.DEPOT, FacilityKind.SHELTER), EnumSet.of(PlanArea.SUPPLIES)),
            new Seat("交通保障组", "traffic and roads group", Role.TRAFFIC,
                    Set.of("close-road", "reopen-road", "dispatch", "reassign", "pre-position", "request-mutual-aid"),
                    Set.of("road-repair"), Set.of("blockage"), EnumSet.noneOf(FacilityKind.class), EnumSet.of(PlanArea.ROADS)),
            new Seat("抢险救援组", "rescue group", Role.RESCUE, UNIT_ORDERS,
                    Set.of("rescue-team", "hazmat-team", "forest-fire-team", "fire-aircraft"), Set.of("trapped", "fire", "leak"),
                    EnumSet.of(FacilityKind.FIRE_STATION), EnumSet.of(PlanArea.RESCUE, PlanArea.FIRE, PlanArea.HAZMAT)));

    /** The seat of this name (Chinese, or the English name, or the role id such as {@code medical}). */
    public static Optional<Seat> find(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim();
        return ALL.stream().filter(s -> s.zh.equals(n) || s.en.equalsIgnoreCase(n) || s.role.id().equals(n)).findFirst();
    }

    /** Whether the name is the controller's seat ({@code 导调组} or {@code controller}). */
    public static boolean isController(String name) {
        return name != null && (name.trim().equals(CONTROLLER) || name.trim().equalsIgnoreCase("controller"));
    }

    /** The seat of a unit type, if any seat commands it. */
    public static Optional<Seat> ownerOfUnitType(String unitType) {
        return ALL.stream().filter(s -> s.unitTypes.contains(unitType)).findFirst();
    }

    /** The plan areas the given seats take over; the plan runs the rest. */
    public static Set<PlanArea> areasOf(List<Seat> seats) {
        Set<PlanArea> out = EnumSet.noneOf(PlanArea.class);
        for (Seat s : seats) out.addAll(s.areas);
        return out;
    }

    /** Seat names for messages, e.g. {@code 医疗救护组、交通保障组}. */
    public static String names() {
        return String.join("、", Arrays.asList(ALL.stream().map(Seat::zh).toArray(String[]::new))) + "、" + CONTROLLER;
    }
}

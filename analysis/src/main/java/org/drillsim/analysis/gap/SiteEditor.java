package org.drillsim.analysis.gap;

import org.drillsim.format.model.Depot;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Station;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.world.Facility;
import org.drillsim.world.FacilityKind;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.ScenarioSite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * An editable copy of a {@link ScenarioSite}'s resources (facility lists, teams, fleets) that builds a new site
 * on the same road network, population cells, hazard timeline and route cache. Building is cheap: the hazard
 * timeline (the expensive part) is shared, not recomputed, so a variant of a Harbin scenario costs a re-snap of
 * the facilities and cells only.
 *
 * <p>The lists are public and mutable on purpose: a {@link ScenarioVariant} edits them and calls {@link #build()}.
 */
public final class SiteEditor {
    private final ScenarioSite base;
    /** Hospitals, editable. */
    public final List<Hospital> hospitals;
    /** Fire stations, editable. */
    public final List<Station> fireStations;
    /** Police stations, editable. */
    public final List<Station> policeStations;
    /** Depots, editable. */
    public final List<Depot> depots;
    /** Shelters (capacity resolved), editable. */
    public final List<Shelter> shelters;
    /** Helicopter bases, editable. */
    public final List<HelicopterBase> helicopterBases;
    /** Teams with resolved homes, editable. */
    public final List<Team> teams;
    /** Vehicle fleets with resolved bases, editable. */
    public final List<VehicleFleet> fleets;
    /** Facilities of kind {@link FacilityKind#OTHER} (team homes, ambulance stand-by points), editable. */
    public final List<Facility> others;
    private final List<String> notes = new ArrayList<>();

    /** Copies the resources of {@code base}. */
    public SiteEditor(ScenarioSite base) {
        this.base = base;
        hospitals = new ArrayList<>(base.hospitals());
        fireStations = new ArrayList<>(base.fireStations());
        policeStations = new ArrayList<>(base.policeStations());
        depots = new ArrayList<>(base.depots());
        shelters = new ArrayList<>(base.shelters());
        helicopterBases = new ArrayList<>(base.helicopterBases());
        teams = new ArrayList<>(base.teams());
        fleets = new ArrayList<>(base.fleets());
        others = new ArrayList<>();
        for (Facility f : base.facilities().values()) {
            if (f.kind() == FacilityKind.OTHER) {
                others.add(f);
            }
        }
    }

    /** The site this copy started from. */
    public ScenarioSite base() {
        return base;
    }

    /** Adds a note (zh / en) shown with the variant's results. */
    public SiteEditor note(String zhAndEn) {
        notes.add(zhAndEn);
        return this;
    }

    /** Adds an {@link FacilityKind#OTHER} facility (e.g. a new ambulance stand-by point), snapped when built. */
    public SiteEditor other(String id, LocalizedText name, double lon, double lat) {
        others.add(new Facility(id, FacilityKind.OTHER, name, lon, lat, -1));
        return this;
    }

    /**
     * Adds {@code k} units over the entries of {@code list} that {@code match}, in turn and in list order (the first
     * matching entry gets the first unit, the second the second …), so no new base is invented.
     *
     * @param grow the entry with {@code extra} more units
     * @param what names the resource in the error when nothing matches
     */
    static <T> void spreadInTurn(List<T> list, Predicate<T> match, int k, BiFunction<T, Integer, T> grow, String what) {
        int n = (int) list.stream().filter(match).count();
        if (n == 0) {
            throw new IllegalArgumentException("the scenario has no " + what + " to add to");
        }
        int seen = 0;
        for (int i = 0; i < list.size(); i++) {
            T entry = list.get(i);
            if (!match.test(entry)) {
                continue;
            }
            int extra = k / n + (seen < k % n ? 1 : 0);
            seen++;
            list.set(i, grow.apply(entry, extra));
        }
    }

    /**
     * Builds the edited site: same scenario, network, cells, hazards, hazard timeline and route cache as the base.
     *
     * @throws IllegalArgumentException when an edit left a duplicate facility id or a facility too far from roads
     */
    public ScenarioSite build() {
        ScenarioSite.Builder b = ScenarioSite.builder(base.scenario(), base.network())
                .teams(teams).fleets(fleets).timeline(base.timeline()).routes(base.routes());
        base.notes().forEach(b::note);
        notes.forEach(b::note);
        hospitals.forEach(b::hospital);
        fireStations.forEach(b::fireStation);
        policeStations.forEach(b::policeStation);
        depots.forEach(b::depot);
        shelters.forEach(b::shelter);
        helicopterBases.forEach(b::helicopterBase);
        for (Facility f : others) {
            b.facility(f.id(), FacilityKind.OTHER, f.name(), f.lon(), f.lat());
        }
        for (PopulationCell c : base.cells()) {
            b.cell(c.lon(), c.lat(), c.people());
        }
        base.hazards().forEach(b::hazard);
        ScenarioSite built = b.build();
        if (built.cells().size() != base.cells().size()) {
            // the shared timeline refers to cells by index: they must all survive the rebuild
            throw new IllegalStateException("rebuilt site lost population cells: " + built.cells().size() + " of "
                    + base.cells().size());
        }
        return built;
    }
}

package org.drillsim.geodata;

import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalDefaults;
import org.drillsim.format.model.HospitalGroup;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.OsmFilter;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.ShelterDefaults;
import org.drillsim.format.model.ShelterGroup;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.format.model.Station;
import org.drillsim.format.model.StationGroup;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamTemplate;
import org.drillsim.format.model.VehicleFleet;
import org.locationtech.jts.geom.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the scenario's facility groups into concrete facilities: imports the OSM features a group
 * asks for ({@code fromOsm} + filter), gives them the group's defaults, applies listed overrides
 * (an item with the feature's {@code osmId} replaces it, taking the OSM location when it has none),
 * derives shelter capacities from area, and places the {@code osmTeams} at imported stations.
 *
 * <p>Shelter capacity = floor(area × usableShare / m²-per-person). For OSM candidates the area is
 * the polygon's site area; for listed shelters {@code areaM2} is taken as the effective area.
 */
public final class FacilityResolver {
    private FacilityResolver() {
    }

    /**
     * Resolves the facilities.
     *
     * @param layers the OSM layers of the scenario's map, or null for synthetic maps (then no group may import)
     * @throws IllegalArgumentException one line when a group imports without layers, an override names an
     *                                  OSM feature that was not imported, or a reference cannot be resolved
     */
    public static ResolvedFacilities resolve(Scenario s, OsmLayers layers) {
        var f = s.facilities();
        BBox aoi = s.map().areaOfInterest();
        Map<String, String> alias = new HashMap<>();
        List<Hospital> hospitals = hospitals(f.hospitals(), layers, aoi, alias);
        List<Team> teams = new ArrayList<>(s.teams());
        List<Station> fire = stations(f.fireStations(), layers == null ? null : layers.fireStations(), "fire", layers, aoi, alias, teams);
        List<Station> police = stations(f.policeStations(), layers == null ? null : layers.police(), "police", layers, aoi, alias, teams);
        List<Shelter> shelters = shelters(f.shelters(), layers, aoi, alias);
        List<Depot> depots = f.depots();
        List<HelicopterBase> heli = f.helicopterBases();

        Map<String, Boolean> known = new HashMap<>();
        hospitals.forEach(h -> known.put(h.id(), true));
        fire.forEach(x -> known.put(x.id(), true));
        police.forEach(x -> known.put(x.id(), true));
        shelters.forEach(x -> known.put(x.id(), true));
        depots.forEach(x -> known.put(x.id(), true));
        heli.forEach(x -> known.put(x.id(), true));
        Function<String, String> ref = id -> {
            String r = alias.getOrDefault(id, id);
            if (!known.containsKey(r)) {
                throw new IllegalArgumentException("facility '" + id + "' is referenced but was not imported from the"
                        + " map (filtered out or no such OSM feature)");
            }
            return r;
        };
        List<Team> resolvedTeams = teams.stream().map(t -> new Team(t.id(), t.name(), t.type(), t.count(), t.headcount(),
                t.capabilities(), ref.apply(t.home()), t.vehicle(), t.level())).toList();
        List<VehicleFleet> fleets = s.fleets().stream().map(v -> new VehicleFleet(v.id(), v.type(), ref.apply(v.base()),
                v.count(), v.capacityPeople(), v.loadTonnes())).toList();
        return new ResolvedFacilities(hospitals, fire, police, depots, shelters, heli, resolvedTeams, fleets);
    }

    private static void needLayers(OsmLayers layers, String group) {
        if (layers == null) {
            throw new IllegalArgumentException(group + ".fromOsm needs an OSM extract map; the scenario's map has none");
        }
    }

    private static List<Hospital> hospitals(HospitalGroup g, OsmLayers layers, BBox aoi, Map<String, String> alias) {
        Map<Long, Hospital> overrides = new LinkedHashMap<>();
        List<Hospital> out = new ArrayList<>();
        for (Hospital h : g.items()) {
            if (h.osmId() != null) {
                overrides.put(h.osmId(), h);
            } else {
                out.add(h);
            }
        }
        if (g.fromOsm()) {
            needLayers(layers, "facilities.hospitals");
            HospitalDefaults d = g.osmDefaults();
            for (OsmPoi p : selectPois(layers.hospitals(), g.osmFilter(), aoi)) {
                String osmRef = "osm-hospital-" + p.osmId();
                Hospital o = overrides.remove(p.osmId());
                if (o != null) {
                    alias.put(osmRef, o.id());
                    out.add(new Hospital(o.id(), o.name(), o.location() != null ? o.location() : point(p), o.osmId(),
                            o.beds(), o.surgeBeds(), o.capabilities()));
                } else {
                    out.add(new Hospital(osmRef, poiName(p, "医院", "Hospital"), point(p), p.osmId(), d.beds(),
                            d.surgeBeds(), d.capabilities()));
                }
            }
        }
        for (Hospital o : overrides.values()) {
            if (o.location() == null) {
                throw new IllegalArgumentException("facilities.hospitals: '" + o.id() + "' overrides OSM feature "
                        + o.osmId() + ", which was not imported (not in the map or filtered out)");
            }
            out.add(o);
        }
        return out;
    }

    private static List<Station> stations(StationGroup g, List<OsmPoi> pois, String kind, OsmLayers layers, BBox aoi,
                                          Map<String, String> alias, List<Team> teams) {
        Map<Long, Station> overrides = new LinkedHashMap<>();
        List<Station> out = new ArrayList<>();
        for (Station st : g.items()) {
            if (st.osmId() != null) {
                overrides.put(st.osmId(), st);
            } else {
                out.add(st);
            }
        }
        if (g.fromOsm()) {
            needLayers(layers, "facilities." + kind + "Stations");
            for (OsmPoi p : selectPois(pois, g.osmFilter(), aoi)) {
                String osmRef = "osm-" + kind + "-" + p.osmId();
                Station o = overrides.remove(p.osmId());
                Station st;
                if (o != null) {
                    alias.put(osmRef, o.id());
                    st = new Station(o.id(), o.name(), o.location() != null ? o.location() : point(p), o.osmId());
                } else {
                    st = "fire".equals(kind)
                            ? new Station(osmRef, poiName(p, "消防站", "Fire station"), point(p), p.osmId())
                            : new Station(osmRef, poiName(p, "派出所", "Police station"), point(p), p.osmId());
                }
                out.add(st);
                int n = 0;
                for (TeamTemplate t : g.osmTeams()) {
                    n++;
                    String id = st.id() + "-" + t.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n;
                    teams.add(new Team(id, new LocalizedText(st.name().zh() + "队伍" + n, st.name().en() + " team " + n),
                            t.type(), 1, t.headcount(), t.capabilities(), st.id(), t.vehicle(), null));
                }
            }
        }
        for (Station o : overrides.values()) {
            if (o.location() == null) {
                throw new IllegalArgumentException("facilities." + kind + "Stations: '" + o.id() + "' overrides OSM feature "
                        + o.osmId() + ", which was not imported (not in the map or filtered out)");
            }
            out.add(o);
        }
        return out;
    }

    private static List<Shelter> shelters(ShelterGroup g, OsmLayers layers, BBox aoi, Map<String, String> alias) {
        ShelterDefaults d = g.osmDefaults();
        Map<Long, Shelter> overrides = new LinkedHashMap<>();
        List<Shelter> out = new ArrayList<>();
        for (Shelter sh : g.items()) {
            if (sh.osmId() != null) {
                overrides.put(sh.osmId(), sh);
            } else {
                out.add(withCapacity(sh, d));
            }
        }
        if (g.fromOsm()) {
            needLayers(layers, "facilities.shelters");
            for (OsmArea a : selectAreas(layers.shelterCandidates(), g.osmFilter(), aoi, d)) {
                String osmRef = "osm-shelter-" + a.osmId();
                Point inside = a.polygon().getInteriorPoint();
                GeoPoint loc = new GeoPoint(inside.getY(), inside.getX());
                ShelterKind kind = ShelterKind.valueOf(a.kind().toUpperCase(Locale.ROOT));
                Shelter o = overrides.remove(a.osmId());
                if (o != null) {
                    alias.put(osmRef, o.id());
                    out.add(withCapacity(new Shelter(o.id(), o.name(), o.location() != null ? o.location() : loc, o.osmId(),
                            o.kind(), o.areaM2(), o.capacityPeople(), o.polygonLonLat()), d));
                } else {
                    double effective = a.areaM2() * d.usableShare();
                    out.add(new Shelter(osmRef, areaName(a, kind), loc, a.osmId(), kind, effective,
                            (long) Math.floor(effective / d.m2PerPerson()), List.of()));
                }
            }
        }
        for (Shelter o : overrides.values()) {
            if (o.location() == null) {
                throw new IllegalArgumentException("facilities.shelters: '" + o.id() + "' overrides OSM feature "
                        + o.osmId() + ", which was not imported (not in the map or filtered out)");
            }
            out.add(withCapacity(o, d));
        }
        return out;
    }

    private static Shelter withCapacity(Shelter s, ShelterDefaults d) {
        if (s.capacityPeople() != null) {
            return s;
        }
        return new Shelter(s.id(), s.name(), s.location(), s.osmId(), s.kind(), s.areaM2(),
                (long) Math.floor(s.areaM2() / d.m2PerPerson()), s.polygonLonLat());
    }

    static List<OsmPoi> selectPois(List<OsmPoi> pois, OsmFilter filter, BBox aoi) {
        BBox box = filter != null && filter.within() != null ? filter.within() : aoi;
        List<OsmPoi> out = new ArrayList<>();
        for (OsmPoi p : pois) {
            if (box != null && !box.contains(p.lat(), p.lon())) {
                continue;
            }
            if (filter != null && filter.nameContains() != null && !p.name().contains(filter.nameContains())) {
                continue;
            }
            out.add(p);
        }
        if (filter != null && filter.maxCount() != null && out.size() > filter.maxCount()) {
            return out.subList(0, filter.maxCount());
        }
        return out;
    }

    static List<OsmArea> selectAreas(List<OsmArea> areas, OsmFilter filter, BBox aoi, ShelterDefaults d) {
        BBox box = filter != null && filter.within() != null ? filter.within() : aoi;
        List<OsmArea> out = new ArrayList<>();
        for (OsmArea a : areas) {
            if (!d.kinds().contains(ShelterKind.valueOf(a.kind().toUpperCase(Locale.ROOT)))) {
                continue;
            }
            Point c = a.polygon().getInteriorPoint();
            if (box != null && !box.contains(c.getY(), c.getX())) {
                continue;
            }
            if (filter != null && filter.nameContains() != null && !a.name().contains(filter.nameContains())) {
                continue;
            }
            if (filter != null && filter.minAreaM2() != null && a.areaM2() < filter.minAreaM2()) {
                continue;
            }
            out.add(a);
        }
        if (filter != null && filter.maxCount() != null && out.size() > filter.maxCount()) {
            out.sort(Comparator.comparingDouble(OsmArea::areaM2).reversed().thenComparingLong(OsmArea::osmId));
            out = new ArrayList<>(out.subList(0, filter.maxCount()));
            out.sort(Comparator.comparingLong(OsmArea::osmId));
        }
        return out;
    }

    private static GeoPoint point(OsmPoi p) {
        return new GeoPoint(p.lat(), p.lon());
    }

    private static LocalizedText poiName(OsmPoi p, String zh, String en) {
        return p.name().isBlank() ? new LocalizedText(zh + " (OSM " + p.osmId() + ")", en + " (OSM " + p.osmId() + ")")
                : new LocalizedText(p.name(), p.name());
    }

    private static LocalizedText areaName(OsmArea a, ShelterKind kind) {
        if (!a.name().isBlank()) {
            return new LocalizedText(a.name(), a.name());
        }
        String zh = switch (kind) {
            case SCHOOL -> "学校";
            case PARK -> "公园";
            case SQUARE -> "广场";
            case STADIUM -> "体育场";
            default -> "场地";
        };
        return new LocalizedText(zh + " (OSM " + a.osmId() + ")", kind.name().toLowerCase(Locale.ROOT) + " (OSM " + a.osmId() + ")");
    }
}

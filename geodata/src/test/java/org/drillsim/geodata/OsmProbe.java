package org.drillsim.geodata;

/** Manual probe (not a test): prints layer counts, extraction time and the biggest features. */
public final class OsmProbe {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        OsmLayers l = OsmExtractor.extract(java.nio.file.Path.of(args[0]));
        System.out.println(l.summary() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        java.util.function.Consumer<java.util.List<OsmArea>> top = list -> list.stream()
                .sorted(java.util.Comparator.comparingDouble(OsmArea::areaM2).reversed()).limit(12)
                .forEach(a -> System.out.printf("  %s %d %s %.0f m2 centroid %.4f,%.4f env %s%n", a.kind(), a.osmId(), a.name(),
                        a.areaM2(), a.polygon().getCentroid().getY(), a.polygon().getCentroid().getX(), a.polygon().getEnvelopeInternal()));
        System.out.println("water:"); top.accept(l.water());
        System.out.println("industrial:"); top.accept(l.industrial());
        System.out.println("fuel:"); top.accept(l.fuel());
        System.out.println("shelters:"); top.accept(l.shelterCandidates());
        l.hospitals().stream().limit(80).forEach(p -> System.out.printf("  H %d %s %.4f,%.4f%n", p.osmId(), p.name(), p.lat(), p.lon()));
        l.fireStations().forEach(p -> System.out.printf("  F %d %s %.4f,%.4f%n", p.osmId(), p.name(), p.lat(), p.lon()));
    }
}

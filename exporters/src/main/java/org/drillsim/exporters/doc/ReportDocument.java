package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.drillsim.exporters.geo.GeoLayer;

/**
 * A report independent of its file format: title, metadata, sections in reading order and the
 * geographic layers that go with it. Every writer ({@code HtmlWriter}, {@code DocxWriter},
 * {@code XlsxWriter}, {@code PdfWriter}, {@code CsvWriter}, {@code GeoJsonWriter}) renders this
 * same object in the chosen {@link Language}.
 *
 * @param title     the report title
 * @param subtitle  a line under the title (may be empty)
 * @param metadata  facts about the report: scenario, seed, date, version …
 * @param sections  the sections in reading order
 * @param geoLayers map layers for GIS export (hazard, facilities, proposed sites …)
 */
public record ReportDocument(Text title, Text subtitle, List<KeyValue> metadata, List<Section> sections,
                             List<GeoLayer> geoLayers) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        metadata = List.copyOf(metadata);
        sections = List.copyOf(sections);
        geoLayers = List.copyOf(geoLayers);
        List<String> ids = new ArrayList<>();
        // fields are assigned only after this constructor body, so walk the parameter
        List<Table> tables = sections.stream().flatMap(s -> s.blocks().stream())
                .filter(Table.class::isInstance).map(Table.class::cast).toList();
        for (Table t : tables) {
            if (ids.contains(t.id())) {
                throw new IllegalArgumentException("two tables have the id '" + t.id() + "'; table ids must be unique");
            }
            ids.add(t.id());
        }
    }

    /** Every table of the report in reading order. */
    public List<Table> tables() {
        return blocks().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Every figure of the report in reading order. */
    public List<Figure> figures() {
        return blocks().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }

    private Stream<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream());
    }

    /** Starts a report with the given title. */
    public static Builder builder(Text title) {
        return new Builder(title);
    }

    /** Builds a report part by part. */
    public static final class Builder {
        private final Text title;
        private Text subtitle = Text.EMPTY;
        private final List<KeyValue> metadata = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<GeoLayer> layers = new ArrayList<>();

        private Builder(Text title) {
            this.title = title;
        }

        /** Sets the subtitle. */
        public Builder subtitle(Text value) {
            this.subtitle = value;
            return this;
        }

        /** Adds a metadata entry. */
        public Builder meta(Text key, Text value) {
            metadata.add(new KeyValue(key, value));
            return this;
        }

        /** Adds a metadata entry whose value reads the same in both languages. */
        public Builder meta(Text key, String value) {
            return meta(key, Text.same(value));
        }

        /** Appends a section. */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /** Appends a map layer for GIS export. */
        public Builder geoLayer(GeoLayer layer) {
            layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /** The finished report. */
        public ReportDocument build() {
            return new ReportDocument(title, subtitle, metadata, sections, layers);
        }
    }
}

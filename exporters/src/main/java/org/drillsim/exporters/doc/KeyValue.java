package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Text;

import java.util.Objects;

/**
 * One labelled value, e.g. 情景 / scenario → harbin-songhua-flood.
 *
 * @param key   the label
 * @param value the value
 */
public record KeyValue(Text key, Text value) {
    public KeyValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** A label with a value that reads the same in both languages. */
    public static KeyValue of(Text key, String value) {
        return new KeyValue(key, Text.same(value));
    }
}

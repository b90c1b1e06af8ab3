package org.drillsim.analysis.replication;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.log.Json;

/** A small streaming JSON writer with two-space indentation (deterministic output, no reflection). */
final class JsonOut {
    private final StringBuilder sb = new StringBuilder(4096);
    private int depth;
    private boolean first = true;

    JsonOut beginObject() {
        value();
        sb.append('{');
        depth++;
        first = true;
        return this;
    }

    JsonOut endObject() {
        depth--;
        newline();
        sb.append('}');
        first = false;
        return this;
    }

    JsonOut beginArray() {
        value();
        sb.append('[');
        depth++;
        first = true;
        return this;
    }

    JsonOut endArray() {
        depth--;
        newline();
        sb.append(']');
        first = false;
        return this;
    }

    JsonOut name(String n) {
        if (!first) {
            sb.append(',');
        }
        newline();
        Json.quote(sb, n);
        sb.append(": ");
        first = true;   // the value that follows needs no comma
        pendingName = true;
        return this;
    }

    private boolean pendingName;

    private void value() {
        if (pendingName) {
            pendingName = false;
            return;
        }
        if (!first) {
            sb.append(',');
        }
        if (depth > 0) {
            newline();
        }
    }

    JsonOut str(String v) {
        value();
        if (v == null) {
            sb.append("null");
        } else {
            Json.quote(sb, v);
        }
        first = false;
        return this;
    }

    JsonOut num(double v) {
        value();
        Json.number(sb, v);
        first = false;
        return this;
    }

    JsonOut bool(boolean v) {
        value();
        sb.append(v);
        first = false;
        return this;
    }

    JsonOut nul() {
        value();
        sb.append("null");
        first = false;
        return this;
    }

    JsonOut field(String n, String v) {
        return name(n).str(v);
    }

    JsonOut field(String n, double v) {
        return name(n).num(v);
    }

    JsonOut field(String n, boolean v) {
        return name(n).bool(v);
    }

    JsonOut text(String n, LocalizedText t) {
        name(n).beginObject();
        field("zh", t == null ? "" : t.zh());
        field("en", t == null ? "" : t.en());
        return endObject();
    }

    private void newline() {
        sb.append('\n');
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    @Override
    public String toString() {
        return sb.toString().stripLeading() + "\n";
    }
}

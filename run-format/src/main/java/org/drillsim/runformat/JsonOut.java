package org.drillsim.runformat;

/** A small streaming JSON writer with two-space indentation (deterministic output, no reflection). */
public final class JsonOut {
    private final StringBuilder sb = new StringBuilder(4096);
    private int depth;
    private boolean first = true;

    public JsonOut beginObject() {
        value();
        sb.append('{');
        depth++;
        first = true;
        return this;
    }

    public JsonOut endObject() {
        depth--;
        newline();
        sb.append('}');
        first = false;
        return this;
    }

    public JsonOut beginArray() {
        value();
        sb.append('[');
        depth++;
        first = true;
        return this;
    }

    public JsonOut endArray() {
        depth--;
        newline();
        sb.append(']');
        first = false;
        return this;
    }

    public JsonOut name(String n) {
        if (!first) {
            sb.append(',');
        }
        newline();
        JsonText.quote(sb, n);
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

    public JsonOut str(String v) {
        value();
        if (v == null) {
            sb.append("null");
        } else {
            JsonText.quote(sb, v);
        }
        first = false;
        return this;
    }

    public JsonOut num(double v) {
        value();
        JsonText.number(sb, v);
        first = false;
        return this;
    }

    public JsonOut bool(boolean v) {
        value();
        sb.append(v);
        first = false;
        return this;
    }

    public JsonOut nul() {
        value();
        sb.append("null");
        first = false;
        return this;
    }

    public JsonOut field(String n, String v) {
        return name(n).str(v);
    }

    public JsonOut field(String n, double v) {
        return name(n).num(v);
    }

    /** A whole number, written exactly (no detour through double). */
    public JsonOut field(String n, long v) {
        name(n);
        value();
        sb.append(v);
        first = false;
        return this;
    }

    public JsonOut field(String n, boolean v) {
        return name(n).bool(v);
    }

    public JsonOut text(String n, Bilingual t) {
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

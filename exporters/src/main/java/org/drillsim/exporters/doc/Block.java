package org.drillsim.exporters.doc;

/** One piece of a section's body, in reading order: a paragraph, key-value list, table or figure. */
public sealed interface Block permits Paragraph, KeyValues, Table, Figure {
}

package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void roundTripsQuotesCommasLineBreaksAndChinese() throws Exception {
        Table t = Table.builder("t", Text.same("t"), Text.of("名称", "name"), Text.of("说明", "note"), Text.of("数", "n"))
                .row(Cell.of("松花江, 北岸"), Cell.of("他说 \"撤离\"\n第二行"), Cell.number(1.5, 1))
                .row(Cell.of(" 前后空格 "), Cell.of(""), Cell.percent(0.5, 0))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(t, Language.ZH, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> records = parse(text);
        assertEquals(List.of(
                List.of("名称", "说明", "数"),
                List.of("松花江, 北岸", "他说 \"撤离\"\n第二行", "1.5"),
                List.of(" 前后空格 ", "", "50%")), records);
    }

    @Test
    void formulaLikeTextIsNeutralised() {
        assertEquals("'=HYPERLINK(\"x\")", CsvWriter.neutralise("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", CsvWriter.neutralise("@SUM(A1)"));
        assertEquals("T+00:40", CsvWriter.neutralise("T+00:40"));
        assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
        assertEquals("plain", CsvWriter.quote("plain"));
    }

    @Test
    void writesOneFilePerTable(@TempDir Path dir) throws Exception {
        List<Path> files = new CsvWriter().writeAll(SampleReport.build(), Language.EN, dir);
        assertEquals(List.of("scorecard.csv", "timeline.csv", "actions.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        String scorecard = Files.readString(files.get(0), StandardCharsets.UTF_8).substring(1);
        assertTrue(scorecard.startsWith("target,threshold,share met,result,source\r\n"), scorecard);
        List<List<String>> timeline = parse(Files.readString(files.get(1), StandardCharsets.UTF_8).substring(1));
        assertEquals(SampleReport.HOSTILE, timeline.get(2).get(1));
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count(), "no temporary files left behind");
        }
    }

    /** A strict RFC 4180 reader for the tests. */
    static List<List<String>> parse(String s) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                if (c == '"' || c == '\n' || c == '\r') {
                    throw new IllegalStateException("bare " + (int) c + " at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalStateException("last record not terminated by CRLF");
        }
        return records;
    }
}

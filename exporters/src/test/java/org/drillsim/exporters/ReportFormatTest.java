package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drillsim.exporters.font.CjkFonts;
import org.drillsim.exporters.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {

    @Test
    void parsesNamesAndRejectsUnknownOnesClearly() {
        assertEquals(ReportFormat.DOCX, ReportFormat.parse("DOCX"));
        assertEquals(ReportFormat.GEOJSON, ReportFormat.parse("json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("odt"));
        assertTrue(e.getMessage().contains("'odt'") && e.getMessage().contains("docx"));
        assertEquals(Language.EN, Language.parse("en-US"));
        assertEquals(Language.ZH, Language.parse("zh_CN"));
        assertThrows(IllegalArgumentException.class, () -> Language.parse("fr"));
    }

    @Test
    void everyFormatWritesItsFileWithNothingHalfWrittenLeft(@TempDir Path dir) throws Exception {
        for (ReportFormat f : ReportFormat.values()) {
            Path target = dir.resolve("report." + f.extension());
            if (f == ReportFormat.PDF && CjkFonts.findTrueType().isEmpty()) {
                // a machine without a Chinese TrueType font: one clear refusal naming what to install, no file
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> f.write(SampleReport.build(), Language.ZH, target));
                assertTrue(e.getMessage().contains("fonts-wqy-zenhei") && e.getMessage().contains(CjkFonts.ENV), e.getMessage());
                assertTrue(Files.notExists(target));
                continue;
            }
            List<Path> files = f.write(SampleReport.build(), Language.ZH, target);
            assertTrue(!files.isEmpty(), f.name());
            for (Path p : files) {
                assertTrue(Files.size(p) > 50, p.toString());
            }
        }
        try (var s = Files.walk(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files");
        }
        assertThrows(java.io.IOException.class, () -> ReportFormat.PDF.write(SampleReport.build(), Language.ZH, dir));
    }
}

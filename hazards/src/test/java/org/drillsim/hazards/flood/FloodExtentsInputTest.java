package org.drillsim.hazards.flood;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An extents file that is not JSON is named with the place of the fault, never with its content. */
class FloodExtentsInputTest {

    @Test
    void anErrorNamesLineAndColumnButNeverEchoesTheContent(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("extents.geojson"), "\n  root:x:0:0:secret-password\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FloodExtentSeries.readGeoJson(file, "flood", FloodExtentSeries.Mode.STEP));
        assertTrue(e.getMessage().contains("not valid JSON at line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("root") || e.getMessage().contains("secret"), e.getMessage());
    }
}

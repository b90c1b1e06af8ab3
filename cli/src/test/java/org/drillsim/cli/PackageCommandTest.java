package org.drillsim.cli;

import org.drillsim.exporters.font.CjkFonts;
import org.drillsim.routing.MapLocator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageCommandTest {
    @Test
    void theImageLauncherPointsDrillSimAtItsBundledFontAndMaps() {
        List<String> a = PackageCommand.jpackageArguments(Path.of("in"), Path.of("out"), "DrillSim", "wqy-zenhei.ttc", false);
        assertEquals("app-image", a.get(a.indexOf("--type") + 1));
        assertEquals("drillsim.jar", a.get(a.indexOf("--main-jar") + 1));
        assertTrue(a.contains("-D" + CjkFonts.PROPERTY + "=$APPDIR/fonts/wqy-zenhei.ttc"), a.toString());
        assertTrue(a.contains("-D" + MapLocator.PROPERTY + "=$APPDIR/maps"), a.toString());
        assertFalse(a.contains("--win-console"));
        assertTrue(PackageCommand.jpackageArguments(Path.of("in"), Path.of("out"), "D", "f.ttf", true).contains("--win-console"));
    }

    @Test
    void theBundledMapsFolderIsSearchedFirst() {
        String before = System.getProperty(MapLocator.PROPERTY);
        try {
            System.setProperty(MapLocator.PROPERTY, "bundled-maps");
            assertEquals(Path.of("bundled-maps").toAbsolutePath().normalize(), MapLocator.searchPath().get(0));
        } finally {
            if (before == null) System.clearProperty(MapLocator.PROPERTY); else System.setProperty(MapLocator.PROPERTY, before);
        }
    }
}

package org.drillsim.ui;

import java.nio.file.Path;

/** Where tests write their screenshots: {@code trainer-ui/target/screenshots}. */
public final class TestScreens {
    private TestScreens() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("drillsim.screenshots", "target/screenshots"));
    }
}

package org.drillsim.ui.drill;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.drillsim.drill.DrillClient;
import org.drillsim.drill.Wire;

import java.util.concurrent.TimeoutException;

/**
 * {@code drillsim ui --join HOST:PORT --seat S --name N --code C}: joins a hosted drill before any window opens
 * (a wrong code or seat is a one-line error), then shows the seat window or, for 导调组, the controller console.
 */
public final class JoinLauncher {
    private static volatile DrillClient client;
    private static volatile Wire.Welcome welcome;

    private JoinLauncher() {
    }

    /**
     * Joins the drill.
     *
     * @throws IllegalArgumentException the server's refusal (wrong code, no such seat), in words
     * @throws TimeoutException         when the server does not answer
     */
    public static DrillClient join(String hostPort, String seat, String name, String code) throws TimeoutException {
        DrillClient c = DrillClient.join(hostPort, seat, name, code);
        welcome = (Wire.Welcome) c.await(m -> m instanceof Wire.Welcome, 1000);
        client = c;
        return c;
    }

    /** Opens the window for the joined client and returns when it is closed. */
    public static void run() {
        Application.launch(JoinApp.class);
    }

    /** The window for a joined seat: the controller console for 导调组, else the seat window. */
    public static javafx.scene.Parent windowFor(DrillClient c, Wire.Welcome w) {
        return w.controller() ? new ControllerConsole(c, w) : new SeatWindow(c, w);
    }

    /** The JavaFX application of a joined seat. */
    public static final class JoinApp extends Application {
        @Override
        public void start(Stage stage) {
            if (client == null) throw new IllegalStateException("join first / 请先加入推演");
            stage.setScene(new Scene(windowFor(client, welcome), 1366, 768));
            stage.setTitle("DrillSim 联合推演 · " + welcome.seat() + " · " + welcome.name());
            stage.setOnCloseRequest(e -> Platform.exit());
            stage.show();
        }

        @Override
        public void stop() {
            client.close();
        }
    }
}

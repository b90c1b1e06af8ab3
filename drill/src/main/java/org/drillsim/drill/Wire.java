package org.drillsim.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The drill protocol: JSON text frames over one WebSocket per seat, each an object with a {@code type}.
 * A seat first says {@link Hello}; the server answers {@link Welcome} or {@link Error} and then sends its
 * filtered {@link View} after every clock tick. Unknown fields and types are errors (answered, never fatal).
 */
public final class Wire {
    private Wire() {
    }

    /** Seat → server. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Hello.class, name = "hello"),
            @JsonSubTypes.Type(value = Order.class, name = "order"),
            @JsonSubTypes.Type(value = Clock.class, name = "clock"),
            @JsonSubTypes.Type(value = SendInject.class, name = "inject"),
            @JsonSubTypes.Type(value = Finish.class, name = "finish")})
    public sealed interface In permits Hello, Order, Clock, SendInject, Finish {
    }

    /** Join as a seat: its name (医疗救护组 … or 导调组), the person, the seat's drill code. */
    public record Hello(String seat, String name, String code) implements In {
    }

    /**
     * A command to the model, e.g. {@code {"type":"dispatch","unitId":"amb-hmu1-1","taskId":"cas-3"}}; the server
     * adds the issuer from the seat. {@code ref} is the seat's own number for matching the answer.
     */
    public record Order(long ref, JsonNode command) implements In {
    }

    /** Controller only: {@code play}, {@code pause}, {@code speed} (simulated seconds per wall second) or {@code step} to {@code untilMs}. */
    public record Clock(String action, double speed, long untilMs) implements In {
    }

    /** Controller only: a free-text inject to one seat (or 全体) through a channel, with optional expected actions. */
    public record SendInject(String to, Channel channel, String text, List<ExpectedAction> expect) implements In {
    }

    /** Controller only: ends the drill and writes the report. */
    public record Finish() implements In {
    }

    /** Server → seat. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Welcome.class, name = "welcome"),
            @JsonSubTypes.Type(value = Error.class, name = "error"),
            @JsonSubTypes.Type(value = Queued.class, name = "queued"),
            @JsonSubTypes.Type(value = Result.class, name = "result"),
            @JsonSubTypes.Type(value = View.class, name = "view")})
    public sealed interface Out permits Welcome, Error, Queued, Result, View {
    }

    /** Joined. {@code seats}: the player seats of this drill. */
    public record Welcome(String seat, String name, boolean controller, String scenarioId, String scenarioName,
                          List<String> seats, long horizonMs) implements Out {
    }

    /** A message was refused; {@code ref} is the order's number when it was one, else 0. The drill goes on. */
    public record Error(long ref, String message) implements Out {
    }

    /** An order passed the seat's permissions and waits for the next clock tick. */
    public record Queued(long ref, long seatSeq) implements Out {
    }

    /** The model's answer to an order. */
    public record Result(long ref, Decision decision) implements Out {
    }

    /** What this seat may see now (see {@link SeatView}). */
    public record View(SeatView view) implements Out {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The protocol's mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}

package org.drillsim.drill;

/**
 * A message in a seat's inbox.
 *
 * @param seq     order in the drill, from 1
 * @param timeMs  simulated time it arrived
 * @param to      the seat it is addressed to, or {@code 全体} for every seat
 * @param channel how it arrived
 * @param from    who sent it (导调组, 预案情景, a unit's name)
 * @param text    the message
 */
public record InboxMessage(long seq, long timeMs, String to, Channel channel, String from, String text) {
    /** Addressee meaning every player seat. */
    public static final String EVERYONE = "全体";

    /** Whether the seat may read it. */
    public boolean isFor(String seat) {
        return to.equals(EVERYONE) || to.equals(seat);
    }
}

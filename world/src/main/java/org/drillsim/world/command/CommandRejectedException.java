package org.drillsim.world.command;

/** A command that cannot be applied; the message says why in Chinese and English. */
public final class CommandRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param zh reason in Chinese
     * @param en reason in English
     */
    public CommandRejectedException(String zh, String en) {
        super(zh + " / " + en);
    }
}

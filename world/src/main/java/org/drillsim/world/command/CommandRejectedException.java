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

    private CommandRejectedException(String zhSlashEn) {
        super(zhSlashEn);
    }

    /**
     * A reason already written in both languages, {@code "中文 / English"} (a task owner's refusal): kept as it is, so
     * each language appears once and readers that cut at the first {@code " / "} get each half.
     */
    public static CommandRejectedException bilingual(String zhSlashEn) {
        return new CommandRejectedException(zhSlashEn);
    }
}

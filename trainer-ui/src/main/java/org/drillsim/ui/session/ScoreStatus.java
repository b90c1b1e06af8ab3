package org.drillsim.ui.session;

/** Traffic light of a target on the live scorecard. */
public enum ScoreStatus {
    /** Met so far. */
    PASS("score.pass"),
    /** Met so far, but running clocks will miss it unless something changes. */
    AT_RISK("score.at-risk"),
    /** Already missed. */
    FAIL("score.fail"),
    /** Nothing to measure yet. */
    NO_DATA("score.no-data");

    private final String messageKey;

    ScoreStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Message-bundle key of the label. */
    public String messageKey() {
        return messageKey;
    }
}

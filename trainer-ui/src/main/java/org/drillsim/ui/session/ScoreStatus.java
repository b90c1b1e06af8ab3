package org.drillsim.ui.session;

import org.drillsim.runformat.Verdict;

/** Traffic light of a target on the live scorecard: a {@link Verdict} (the one rule of the reports and the terminal). */
public enum ScoreStatus {
    /** Met whatever the running clocks do ({@link Verdict#MET}). */
    PASS("score.pass", Verdict.MET),
    /** Running clocks decide it ({@link Verdict#AT_RISK}). */
    AT_RISK("score.at-risk", Verdict.AT_RISK),
    /** Missed whatever the running clocks do ({@link Verdict#NOT_MET}). */
    FAIL("score.fail", Verdict.NOT_MET),
    /** Nothing to measure yet. */
    NO_DATA("score.no-data", Verdict.NOT_SCORED);

    private final String messageKey;
    private final Verdict verdict;

    ScoreStatus(String messageKey, Verdict verdict) {
        this.messageKey = messageKey;
        this.verdict = verdict;
    }

    /** The traffic light showing a verdict. */
    public static ScoreStatus of(Verdict v) {
        for (ScoreStatus s : values()) {
            if (s.verdict == v) {
                return s;
            }
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    /** The verdict this light shows. */
    public Verdict verdict() {
        return verdict;
    }

    /** Message-bundle key of the label. */
    public String messageKey() {
        return messageKey;
    }
}

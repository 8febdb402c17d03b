package org.homeward.portal.help;

import org.homeward.help.HelpOutcome;

/** How the caseworker closes a request: the outcome, and where the person was referred. */
public class ResolutionDraft {

    private HelpOutcome outcome;
    private String referredTo;

    public HelpOutcome getOutcome() { return outcome; }
    public void setOutcome(HelpOutcome outcome) { this.outcome = outcome; }
    public String getReferredTo() { return referredTo; }
    public void setReferredTo(String referredTo) { this.referredTo = referredTo; }
}

package org.homeward.portal.help;

import org.homeward.help.HelpCategory;
import org.homeward.help.NewHelpRequest;
import org.homeward.help.Urgency;

/** What the participant may add before pressing the button; nothing of it is needed. */
public class HelpRequestDraft {

    private HelpCategory category;
    private Urgency urgency = Urgency.NOW;
    private String message;

    NewHelpRequest toRequest() {
        return new NewHelpRequest(category, urgency, message == null || message.isBlank() ? null : message);
    }

    public HelpCategory getCategory() { return category; }
    public void setCategory(HelpCategory category) { this.category = category; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency == null ? Urgency.NOW : urgency; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}

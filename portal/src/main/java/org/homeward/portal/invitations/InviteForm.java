package org.homeward.portal.invitations;

import org.homeward.invitations.InviteCommand;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;

import java.time.LocalDate;

/** The mutable form behind the invite view; converted to a command for the service. */
public class InviteForm {

    private Role role = Role.PARTICIPANT;
    private String displayName = "";
    private String username = "";
    private String phoneNumber = "";
    private String language = "en";
    private String timeZone = "Europe/London";
    private LocalDate releaseDate;
    private ReleaseStatus releaseStatus = ReleaseStatus.RELEASED;

    public InviteCommand toCommand() {
        return new InviteCommand(role, displayName, username, phoneNumber, language, timeZone,
                role == Role.PARTICIPANT ? releaseDate : null, role == Role.PARTICIPANT ? releaseStatus : null);
    }

    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPhoneNumber() { return phoneNumber; }
    public void setPhoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public LocalDate getReleaseDate() { return releaseDate; }
    public void setReleaseDate(LocalDate releaseDate) { this.releaseDate = releaseDate; }
    public ReleaseStatus getReleaseStatus() { return releaseStatus; }
    public void setReleaseStatus(ReleaseStatus releaseStatus) { this.releaseStatus = releaseStatus; }
}

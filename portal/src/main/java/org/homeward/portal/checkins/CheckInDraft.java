package org.homeward.portal.checkins;

import org.homeward.checkins.ConcernKind;
import org.homeward.checkins.InControl;
import org.homeward.checkins.MeetingMode;
import org.homeward.checkins.NewCheckIn;
import org.homeward.checkins.NewConcern;
import org.homeward.checkins.NewMentorMeeting;
import org.homeward.common.LifeDomain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The mutable form behind {@link CheckInForm}; becomes a {@link NewCheckIn} for the service. Times
 * are typed as the clock on the participant's wall shows them. A concern or a next meeting goes
 * with the check-in only when its kind or its time was filled in.
 */
public class CheckInDraft {

    private LocalDateTime occurredAt;
    private MeetingMode mode = MeetingMode.IN_PERSON;
    private Integer durationMinutes = 60;
    private Integer mood;
    private Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
    private InControl inControl;
    private String note = "";
    private boolean shareNote;
    private ConcernKind concernKind;
    private String concernDetails = "";
    private LocalDateTime nextStart;
    private MeetingMode nextMode = MeetingMode.IN_PERSON;
    private String nextPlace = "";

    static CheckInDraft now(LocalDateTime wallClock) {
        CheckInDraft draft = new CheckInDraft();
        draft.occurredAt = wallClock.withSecond(0).withNano(0);
        return draft;
    }

    NewCheckIn toCommand(ZoneId zone) {
        NewConcern concern = concernKind == null ? null : new NewConcern(concernKind, concernDetails);
        NewMentorMeeting next = nextStart == null ? null
                : new NewMentorMeeting(nextStart.atZone(zone).toInstant(), null, nextMode, nextPlace);
        return new NewCheckIn(occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), mode, durationMinutes,
                mood, domains.stream().map(Enum::name).toList(), inControl, note, shareNote, null, concern, next);
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getMood() {
        return mood;
    }

    public void setMood(Integer mood) {
        this.mood = mood;
    }

    public Set<LifeDomain> getDomains() {
        return domains;
    }

    public void setDomains(Set<LifeDomain> domains) {
        this.domains = domains == null || domains.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(domains);
    }

    public InControl getInControl() {
        return inControl;
    }

    public void setInControl(InControl inControl) {
        this.inControl = inControl;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isShareNote() {
        return shareNote;
    }

    public void setShareNote(boolean shareNote) {
        this.shareNote = shareNote;
    }

    public ConcernKind getConcernKind() {
        return concernKind;
    }

    public void setConcernKind(ConcernKind concernKind) {
        this.concernKind = concernKind;
    }

    public String getConcernDetails() {
        return concernDetails;
    }

    public void setConcernDetails(String concernDetails) {
        this.concernDetails = concernDetails;
    }

    public LocalDateTime getNextStart() {
        return nextStart;
    }

    public void setNextStart(LocalDateTime nextStart) {
        this.nextStart = nextStart;
    }

    public MeetingMode getNextMode() {
        return nextMode;
    }

    public void setNextMode(MeetingMode nextMode) {
        this.nextMode = nextMode;
    }

    public String getNextPlace() {
        return nextPlace;
    }

    public void setNextPlace(String nextPlace) {
        this.nextPlace = nextPlace;
    }

    /** The domains in their usual order, for display. */
    List<LifeDomain> domainList() {
        return List.copyOf(domains);
    }
}

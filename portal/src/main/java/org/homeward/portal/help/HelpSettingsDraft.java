package org.homeward.portal.help;

import org.homeward.caseload.PersonSummary;
import org.homeward.help.HelpSettingsService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The help settings as the admin edits them: minutes per urgency and the people behind the caseworkers. */
public class HelpSettingsDraft {

    private Integer nowMinutes;
    private Integer todayMinutes;
    private Integer thisWeekMinutes;
    private PersonSummary backup;
    private Set<PersonSummary> onCall = new LinkedHashSet<>();

    static HelpSettingsDraft of(HelpSettingsService.HelpSetup setup, List<PersonSummary> staff) {
        Map<String, PersonSummary> byId = staff.stream().collect(Collectors.toMap(PersonSummary::id,
                Function.identity()));
        HelpSettingsDraft draft = new HelpSettingsDraft();
        draft.nowMinutes = setup.settings().nowMinutes();
        draft.todayMinutes = setup.settings().todayMinutes();
        draft.thisWeekMinutes = setup.settings().thisWeekMinutes();
        draft.backup = setup.settings().backupCaseworkerId() == null ? null
                : byId.get(setup.settings().backupCaseworkerId());
        setup.onCall().stream().map(byId::get).filter(person -> person != null).forEach(draft.onCall::add);
        return draft;
    }

    String backupId() {
        return backup == null ? null : backup.id();
    }

    List<String> onCallIds() {
        return onCall.stream().map(PersonSummary::id).toList();
    }

    public Integer getNowMinutes() { return nowMinutes; }
    public void setNowMinutes(Integer nowMinutes) { this.nowMinutes = nowMinutes; }
    public Integer getTodayMinutes() { return todayMinutes; }
    public void setTodayMinutes(Integer todayMinutes) { this.todayMinutes = todayMinutes; }
    public Integer getThisWeekMinutes() { return thisWeekMinutes; }
    public void setThisWeekMinutes(Integer thisWeekMinutes) { this.thisWeekMinutes = thisWeekMinutes; }
    public PersonSummary getBackup() { return backup; }
    public void setBackup(PersonSummary backup) { this.backup = backup; }
    public Set<PersonSummary> getOnCall() { return onCall; }
    public void setOnCall(Set<PersonSummary> onCall) { this.onCall = onCall == null ? new LinkedHashSet<>() : onCall; }
}

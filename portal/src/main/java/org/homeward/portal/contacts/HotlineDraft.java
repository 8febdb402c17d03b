package org.homeward.portal.contacts;

import org.homeward.contacts.HotlineView;
import org.homeward.contacts.NewHotline;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;

import java.util.LinkedHashSet;
import java.util.Set;

/** The hotline form as an admin edits it; languages as chosen from Homeward's own list. */
public class HotlineDraft {

    private String name = "";
    private String phone = "";
    private String textNumber = "";
    private String hours = "";
    private Set<SupportedLanguage> languages = new LinkedHashSet<>();
    private String region = "";
    private Integer position;

    static HotlineDraft of(HotlineView hotline, Languages known) {
        HotlineDraft draft = new HotlineDraft();
        draft.name = hotline.name();
        draft.phone = hotline.phone();
        draft.textNumber = hotline.textNumber() == null ? "" : hotline.textNumber();
        draft.hours = hotline.hours() == null ? "" : hotline.hours();
        hotline.languages().forEach(tag -> known.find(tag).ifPresent(draft.languages::add));
        draft.region = hotline.region() == null ? "" : hotline.region();
        draft.position = hotline.position();
        return draft;
    }

    NewHotline toCommand() {
        return new NewHotline(name, phone, textNumber, hours,
                languages.stream().map(SupportedLanguage::tag).toList(), region, position);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTextNumber() { return textNumber; }
    public void setTextNumber(String textNumber) { this.textNumber = textNumber; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public Set<SupportedLanguage> getLanguages() { return languages; }
    public void setLanguages(Set<SupportedLanguage> languages) { this.languages = new LinkedHashSet<>(languages); }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
}

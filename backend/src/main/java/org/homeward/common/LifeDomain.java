package org.homeward.common;

/**
 * The thirteen life domains that goals, tasks and progress hang on, in the order of the
 * (re)integration indicators the research uses. {@code icon} names a stock Vaadin icon.
 */
public enum LifeDomain {
    HOUSING("HOME"),
    LEGAL_STATUS("FILE_TEXT"),
    EMPLOYMENT("BRIEFCASE"),
    EDUCATION("ACADEMY_CAP"),
    SAFETY("SHIELD"),
    SOCIAL("USERS"),
    FAMILY("FAMILY"),
    FINANCES("WALLET"),
    PHYSICAL_HEALTH("DOCTOR"),
    MENTAL_HEALTH("HEART"),
    SERVICES("BUILDING"),
    PERSONAL_DEVELOPMENT("STAR"),
    LEGAL_PROCEEDINGS("SCALE");

    private final String icon;

    LifeDomain(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }
}

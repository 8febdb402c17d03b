package org.homeward.people;

/** What a person does in Homeward; it decides which screens and which participants they may see. */
public enum Role {
    PARTICIPANT,
    MENTOR,
    CASEWORKER,
    ORG_ADMIN
}

package org.homeward.people;

/** An invited account cannot sign in until its owner activates it with their code. */
public enum AccountStatus {
    INVITED,
    ACTIVE,
    DISABLED
}

package org.homeward.contacts;

/** Who a trusted contact is to the participant, in words they choose from (labels in the tasks bundle). */
public enum ContactRelation {
    FAMILY,
    PARTNER,
    FRIEND,
    NEIGHBOUR,
    FAITH_COMMUNITY,
    SUPPORT_WORKER,
    OTHER
}

package org.homeward.audit;

public enum AuditAction {
    READ,
    CHANGE
}

package org.homeward.push;

/** What a notification is about, by kind and id ("APPOINTMENT", id): the app fetches the detail. */
public record Subject(String type, String id) {

    public static final String APPOINTMENT = "APPOINTMENT";
    public static final String TASK = "TASK";
    public static final String HELP_REQUEST = "HELP_REQUEST";
}

package org.homeward.help;

/** How soon the participant needs an answer; it sets how long before the request escalates. */
public enum Urgency {
    NOW, TODAY, THIS_WEEK
}

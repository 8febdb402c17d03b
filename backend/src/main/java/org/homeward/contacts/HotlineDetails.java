package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A hotline's fields once checked: numbers in E.164, languages as supported tags. */
record HotlineDetails(String name, String phone, @Nullable String textNumber, @Nullable String hours,
                      List<String> languages, @Nullable String region, int position) {

    String languagesColumn() {
        return String.join(",", languages);
    }
}

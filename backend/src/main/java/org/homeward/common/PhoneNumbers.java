package org.homeward.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Phone numbers as people type them, checked and stored in E.164 ({@code +447700900123}) so a
 * phone can dial them from anywhere. Numbers without a country code are read as in the
 * organisation's country ({@code HOMEWARD_PHONE_REGION}, default GB).
 *
 * <p>A number is accepted when it has a length that can be dialled from anywhere in its country
 * (not a short or local-only number). Whether its range is allocated is not checked: that list
 * lags behind the operators, and a caseworker must not be kept from booking because a new clinic
 * number is missing from it.
 */
@Singleton
public class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(@Value("${homeward.phone.default-region:GB}") String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The number in E.164, or empty when it cannot be a complete phone number. */
    public Optional<String> toE164(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 32) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = util.parse(typed, defaultRegion);
            return util.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * A phone field of a form: the number in E.164, or null when left empty (a problem then if
     * {@code required}) or not a complete number (always a problem).
     */
    public String checked(List<FieldProblem> problems, String field, String typed, boolean required) {
        String trimmed = FieldChecks.trimmed(typed);
        if (trimmed == null) {
            if (required) {
                problems.add(new FieldProblem(field, "field.required"));
            }
            return null;
        }
        String e164 = toE164(trimmed).orElse(null);
        if (e164 == null) {
            problems.add(new FieldProblem(field, "phone.invalid"));
        }
        return e164;
    }

    /**
     * A stored E.164 number grouped for reading ({@code +44 7700 900123}); the number as it is when
     * it cannot be read. Keep it left to right beside right-to-left text.
     */
    public static String forReading(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.format(util.parse(e164, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException notANumber) {
            return e164;
        }
    }
}

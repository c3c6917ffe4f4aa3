package com.cryptorebalancer.domain.location;

import java.util.Objects;
import java.util.regex.Pattern;

/** One line of the location rule table: names matching {@code pattern} are of {@code kind}. */
public record LocationRule(Pattern pattern, LocationKind kind, String why) {

    public LocationRule {
        Objects.requireNonNull(pattern, "location rule needs a pattern");
        Objects.requireNonNull(kind, "location rule needs a kind");
        Objects.requireNonNull(why, "location rule needs a reason");
    }

    /** A rule matching location keys (lower case) against a case-insensitive regular expression. */
    public static LocationRule of(String regex, LocationKind kind, String why) {
        return new LocationRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, why);
    }

    public boolean matches(String key) {
        return pattern.matcher(key).find();
    }
}

package com.cryptorebalancer.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A named set of targets: percent by group name, in the order the person gave them. */
public record TargetProfile(long id, String name, Map<String, BigDecimal> targets, Instant createdAt,
                            Instant updatedAt) {

    public TargetProfile {
        Objects.requireNonNull(name, "profile needs a name");
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}

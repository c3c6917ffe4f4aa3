package com.cryptorebalancer.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named target profiles. Names are unique regardless of case. */
public interface TargetProfileStore {

    /** Every profile, by name. */
    List<TargetProfile> list();

    Optional<TargetProfile> find(long id);

    /** @throws NameTakenException when another profile has that name (any case) */
    TargetProfile create(String name, Map<String, BigDecimal> targets, Instant at);

    /**
     * Replaces the name and targets; empty when there is no profile {@code id}.
     *
     * @throws NameTakenException when another profile has that name (any case)
     */
    Optional<TargetProfile> update(long id, String name, Map<String, BigDecimal> targets, Instant at);

    /** @return whether there was such a profile */
    boolean delete(long id);
}

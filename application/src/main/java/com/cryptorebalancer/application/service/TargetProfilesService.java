package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.ConflictException;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.in.TargetProfilesUseCase;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.NameTakenException;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.port.out.TargetProfileStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Named target profiles, each checked like a plan's targets before it is stored. */
public final class TargetProfilesService implements TargetProfilesUseCase {

    /** The longest name a profile may have. */
    public static final int MAX_NAME_LENGTH = 100;

    private final TargetProfileStore store;
    private final LoadTaxonomyOverridesPort overrides;
    private final Clock clock;

    public TargetProfilesService(TargetProfileStore store, LoadTaxonomyOverridesPort overrides, Clock clock) {
        this.store = store;
        this.overrides = overrides;
        this.clock = clock;
    }

    @Override
    public List<TargetProfile> list() {
        return store.list();
    }

    @Override
    public TargetProfile get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("target profile", id));
    }

    @Override
    public TargetProfile create(String name, Map<String, BigDecimal> targets) {
        String checked = name(name);
        Planning.targets(targets, PortfolioLoader.taxonomy(overrides));
        return unique(() -> store.create(checked, targets, clock.instant()));
    }

    @Override
    public TargetProfile update(long id, String name, Map<String, BigDecimal> targets) {
        String checked = name(name);
        Planning.targets(targets, PortfolioLoader.taxonomy(overrides));
        return unique(() -> store.update(id, checked, targets, clock.instant()))
                .orElseThrow(() -> new NotFoundException("target profile", id));
    }

    @Override
    public void delete(long id) {
        if (!store.delete(id)) {
            throw new NotFoundException("target profile", id);
        }
    }

    private static <T> T unique(Supplier<T> write) {
        try {
            return write.get();
        } catch (NameTakenException e) {
            throw new ConflictException("name", "a target profile named '" + e.name() + "' already exists", e);
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidCommandException("name", "a target profile needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidCommandException("name", "a profile name has at most " + MAX_NAME_LENGTH
                    + " characters, this one has " + stripped.length());
        }
        return stripped;
    }
}

package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.SaveTaxonomyOverridesPort;
import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Applies a person's taxonomy changes to the saved overrides, checking each against the taxonomy first. */
public final class ManageTaxonomyService implements ManageTaxonomyUseCase {

    private final LoadTaxonomyOverridesPort load;
    private final SaveTaxonomyOverridesPort save;

    public ManageTaxonomyService(LoadTaxonomyOverridesPort load, SaveTaxonomyOverridesPort save) {
        this.load = load;
        this.save = save;
    }

    @Override
    public Taxonomy current() {
        return change(UnaryOperator.identity(), false);
    }

    @Override
    public Taxonomy setAlias(String symbol, String group) {
        Asset asset = asset(symbol);
        return change(overrides -> overrides.withAlias(asset, existingGroup(overrides, group)), true);
    }

    @Override
    public Taxonomy removeAlias(String symbol) {
        Asset asset = asset(symbol);
        return change(overrides -> {
            if (!overrides.aliases().containsKey(asset)) {
                throw new InvalidCommandException("symbol", asset + " has no assignment of yours to remove");
            }
            return overrides.withoutAlias(asset);
        }, true);
    }

    @Override
    public Taxonomy addGroup(String name, Integer position) {
        Group group = newGroup(name);
        return change(overrides -> {
            List<Group> order = new ArrayList<>(Taxonomy.withOverrides(overrides).groups());
            if (order.contains(group)) {
                throw new InvalidCommandException("group", "group '" + group + "' already exists");
            }
            int index = position == null ? order.indexOf(Group.OTHERS) : checkedIndex(position, order.size() + 1);
            order.add(index, group);
            return overrides.withGroupOrder(order);
        }, true);
    }

    @Override
    public Taxonomy moveGroup(String name, int position) {
        return change(overrides -> {
            List<Group> order = new ArrayList<>(Taxonomy.withOverrides(overrides).groups());
            Group group = existingGroup(overrides, name);
            int index = checkedIndex(position, order.size());
            order.remove(group);
            order.add(index, group);
            return overrides.withGroupOrder(order);
        }, true);
    }

    @Override
    public Taxonomy setLocationKind(String location, LocationKind kind) {
        // the same normalisation as the saved key: a name of only (no-break) spaces is blank too
        if (location == null || Location.keyOf(location).isEmpty()) {
            throw new InvalidCommandException("location", "location name must not be blank, was '" + location + "'");
        }
        return change(overrides -> overrides.withLocationKind(location, kind), true);
    }

    private Taxonomy change(UnaryOperator<TaxonomyOverrides> edit, boolean persist) {
        TaxonomyOverrides updated = edit.apply(load.loadOverrides());
        Taxonomy taxonomy;
        try {
            taxonomy = Taxonomy.withOverrides(updated);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("taxonomy", e.getMessage(), e);
        }
        if (persist) {
            save.saveOverrides(updated);
        }
        return taxonomy;
    }

    private static Group existingGroup(TaxonomyOverrides overrides, String name) {
        try {
            return Taxonomy.withOverrides(overrides).group(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("group", e.getMessage(), e);
        }
    }

    private static Group newGroup(String name) {
        try {
            return Group.of(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCommandException("group", e.getMessage(), e);
        }
    }

    private static Asset asset(String symbol) {
        try {
            return Asset.of(symbol);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCommandException("symbol", e.getMessage(), e);
        }
    }

    private static int checkedIndex(int position, int max) {
        if (position < 1 || position > max) {
            throw new InvalidCommandException("position", "position must be between 1 and " + max + ", was " + position);
        }
        return position - 1;
    }
}

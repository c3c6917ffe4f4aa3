package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which group every coin belongs to: the ordered groups, the alias table, the spelling and pattern
 * rules, and the location rules, with a person's overrides applied.
 *
 * <p>{@link #classify} tries, in order: a person's assignment, the alias table, other spellings of a
 * known coin, safe pattern rules; anything else is an unknown alias, counted in {@link Group#OTHERS}.
 */
public final class Taxonomy {

    /** The eleven default groups, in their default order. */
    public static final List<Group> DEFAULT_GROUPS = List.of(
            Group.of("BTC"), Group.of("ETH"), Group.of("Stablecoins"), Group.of("SOL"),
            Group.of("L1/L0 majors"), Group.of("L2/Scaling"), Group.of("DeFi"), Group.of("AI/Data"),
            Group.of("Gaming/NFT"), Group.of("Memecoins"), Group.OTHERS);

    private static final Taxonomy DEFAULTS = new Taxonomy(DEFAULT_GROUPS, AliasTable.defaults(), Set.of(),
            LocationRules.defaults(), TaxonomyOverrides.NONE);

    private final List<Group> groups;
    private final Map<Group, Integer> ranks;
    private final AliasTable aliases;
    private final Set<Asset> overridden;
    private final LocationRules locationRules;
    private final PatternRules patterns;
    private final TaxonomyOverrides overrides;

    private Taxonomy(List<Group> groups, AliasTable aliases, Set<Asset> overridden, LocationRules locationRules,
                     TaxonomyOverrides overrides) {
        this.groups = List.copyOf(groups);
        this.ranks = new HashMap<>();
        for (int i = 0; i < this.groups.size(); i++) {
            ranks.put(this.groups.get(i), i);
        }
        this.aliases = aliases;
        this.overridden = Set.copyOf(overridden);
        this.locationRules = locationRules;
        this.patterns = new PatternRules(findGroup("Stablecoins").orElse(Group.OTHERS));
        this.overrides = overrides;
    }

    public static Taxonomy defaults() {
        return DEFAULTS;
    }

    /**
     * The default taxonomy with a person's changes. Groups are ordered as the overrides say, followed
     * by any default group they do not mention; an alias naming a group that exists nowhere is refused.
     */
    public static Taxonomy withOverrides(TaxonomyOverrides overrides) {
        List<Group> order = new ArrayList<>();
        for (Group group : overrides.groupOrder()) {
            order.add(DEFAULT_GROUPS.stream().filter(group::equals).findFirst().orElse(group));
        }
        for (Group group : DEFAULT_GROUPS) {
            if (!order.contains(group)) {
                order.add(group);
            }
        }
        Map<Group, Group> known = new HashMap<>();
        order.forEach(group -> known.put(group, group));
        Map<Asset, Group> assignments = new java.util.LinkedHashMap<>();
        for (Map.Entry<Asset, Group> alias : overrides.aliases().entrySet()) {
            Group group = known.get(alias.getValue());
            if (group == null) {
                throw new UnknownGroupException(alias.getValue().name(), order);
            }
            assignments.put(alias.getKey(), group);
        }
        AliasTable table = AliasTable.defaults().with(assignments);
        LocationRules rules = LocationRules.defaults();
        for (Map.Entry<String, com.cryptorebalancer.domain.location.LocationKind> kind : overrides.locationKinds().entrySet()) {
            rules = rules.withKind(kind.getKey(), kind.getValue());
        }
        return new Taxonomy(order, table, new HashSet<>(overrides.aliases().keySet()), rules, overrides);
    }

    /** What a ticker is: see the class comment for the order of the rules. */
    public Classification classify(Asset symbol, String coinName, BigDecimal unitPrice, PriceLookup prices) {
        AliasEntry direct = aliases.get(symbol);
        if (direct != null) {
            boolean byPerson = overridden.contains(symbol);
            return new Classification(symbol, direct.group(),
                    byPerson ? Classification.Basis.OVERRIDE : Classification.Basis.ALIAS,
                    byPerson ? "assigned to " + direct.group() + " by you" : direct.displayName() + " is in the alias table");
        }
        Optional<Spellings.Resolved> spelling = Spellings.resolve(symbol, coinName, unitPrice, prices, aliases);
        if (spelling.isPresent()) {
            AliasEntry entry = spelling.get().entry();
            return new Classification(entry.symbol(), entry.group(), Classification.Basis.SPELLING, spelling.get().how());
        }
        Asset bare = Spellings.withoutStakingSuffix(symbol);
        Optional<Classification> pattern = patterns.classify(bare, coinName, unitPrice, aliases, prices);
        if (pattern.isPresent()) {
            return pattern.get();
        }
        return new Classification(bare, Group.OTHERS, Classification.Basis.UNKNOWN,
                "not in the alias table and no safe rule applies: assign it to a group");
    }

    /**
     * Whether a ticker names a staked balance (Kraken's {@code DOT.S}, {@code ETH2.S}...): it sits in the
     * exchange's staking account, whatever location the export gives, and must be redeemed before a sale.
     */
    public boolean isStakedSpelling(Asset symbol) {
        return Spellings.isStaked(symbol);
    }

    public List<Group> groups() {
        return groups;
    }

    /** The group of that name (any case), or an {@link UnknownGroupException} listing the groups there are. */
    public Group group(String name) {
        return findGroup(name).orElseThrow(() -> new UnknownGroupException(name, groups));
    }

    public Optional<Group> findGroup(String name) {
        String key = Group.key(name);
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** Position of a group in the order (0 = first); groups are always listed in this order. */
    public int rank(Group group) {
        Integer rank = ranks.get(group);
        return rank == null ? groups.size() : rank;
    }

    /**
     * The coin bought for a group that holds nothing yet (BTC for BTC, USDC for Stablecoins...), if any,
     * and only while that coin is still in the group (a person may have moved it elsewhere).
     */
    public Optional<Asset> defaultCoin(Group group) {
        return aliases.defaultCoin(group).filter(coin -> classify(coin, null, null, PriceLookup.NONE).group().equals(group));
    }

    public AliasTable aliases() {
        return aliases;
    }

    public LocationRules locationRules() {
        return locationRules;
    }

    public TaxonomyOverrides overrides() {
        return overrides;
    }
}

package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.domain.taxonomy.AliasEntry;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code taxonomy list} as it is printed: the groups in order with their number of tickers (the alias
 * table with your assignments applied), your assignments, and your location kinds.
 *
 * @param store where your changes are saved, in words
 */
record TaxonomyListing(String store, List<GroupLine> groups, Map<String, String> yourAliases,
                       Map<String, String> yourLocationKinds) {

    /** One group and how many tickers it holds. */
    record GroupLine(int position, String group, int aliases) {
    }

    static TaxonomyListing of(Taxonomy taxonomy, String store) {
        Map<Group, Long> counts = taxonomy.aliases().entries().values().stream()
                .collect(Collectors.groupingBy(AliasEntry::group, Collectors.counting()));
        List<GroupLine> groups = new ArrayList<>();
        for (Group group : taxonomy.groups()) {
            groups.add(new GroupLine(groups.size() + 1, group.name(), counts.getOrDefault(group, 0L).intValue()));
        }
        TaxonomyOverrides overrides = taxonomy.overrides();
        return new TaxonomyListing(store, groups,
                strings(overrides.aliases(), a -> a.symbol(), Group::name),
                strings(overrides.locationKinds(), Function.identity(), k -> k.code()));
    }

    private static <K, V> Map<String, String> strings(Map<K, V> map, Function<K, String> key, Function<V, String> value) {
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((k, v) -> strings.put(key.apply(k), value.apply(v)));
        return strings;
    }

    String table() {
        TextTable table = TextTable.of(">#", "GROUP", ">ALIASES");
        groups.forEach(g -> table.row(g.position(), g.group(), g.aliases()));
        StringBuilder text = new StringBuilder("Groups, in order:\n").append(table.render("  ")).append('\n');
        text.append("Your ticker assignments (").append(store).append("):\n").append(pairs(yourAliases, "SYMBOL", "GROUP")).append('\n');
        text.append("Your location kinds (").append(store).append("):\n").append(pairs(yourLocationKinds, "LOCATION", "KIND"));
        return text.toString();
    }

    private static String pairs(Map<String, String> pairs, String key, String value) {
        if (pairs.isEmpty()) {
            return "  none\n";
        }
        TextTable table = TextTable.of(key, value);
        pairs.forEach(table::row);
        return table.render("  ");
    }
}

package com.cryptorebalancer.application.report;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.AliasEntry;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy as the API shows it: the groups in order, every alias with its group and whether it is
 * the product's default or the person's assignment, and the person's location kinds.
 */
public record TaxonomyReport(List<String> groups, List<AliasLine> aliases, Map<String, String> locationKinds) {

    /** One ticker: its group, and {@code default} or {@code user}. */
    public record AliasLine(String symbol, String group, String origin) {
    }

    public static TaxonomyReport of(Taxonomy taxonomy) {
        List<String> groups = taxonomy.groups().stream().map(Group::name).toList();
        Map<Asset, Group> yours = taxonomy.overrides().aliases();
        List<AliasLine> aliases = new ArrayList<>();
        for (AliasEntry entry : taxonomy.aliases().entries().values()) {
            String origin = yours.containsKey(entry.symbol()) ? "user" : "default";
            aliases.add(new AliasLine(entry.symbol().symbol(), entry.group().name(), origin));
        }
        aliases.sort(Comparator.comparing(AliasLine::symbol));
        Map<String, String> kinds = new LinkedHashMap<>();
        taxonomy.overrides().locationKinds().forEach((name, kind) -> kinds.put(name, kind.code()));
        return new TaxonomyReport(groups, aliases, kinds);
    }
}

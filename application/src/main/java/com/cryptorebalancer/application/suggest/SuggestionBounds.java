package com.cryptorebalancer.application.suggest;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.SuggestQuery;
import com.cryptorebalancer.application.port.in.SuggestResult.LeftOut;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.suggest.AllocationBounds;
import com.cryptorebalancer.domain.suggest.InfeasibleBoundsException;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A query's floors and caps (percent, by group or coin name in any case) as the domain's bounds over the
 * assets suggested for. A bound on a group or coin left out (no history) or not held cannot be met by
 * a weight: a floor above 0 there is refused, a cap is ignored with a note.
 */
final class SuggestionBounds {

    private SuggestionBounds() {
    }

    static AllocationBounds of(SuggestQuery query, SuggestionUniverse universe, Taxonomy taxonomy, List<String> notes) {
        List<String> names = universe.returns().names();
        LeftOut.Kind kind = query.level() == SuggestQuery.Level.GROUPS ? LeftOut.Kind.GROUP : LeftOut.Kind.COIN;
        Set<String> leftOut = universe.leftOut().stream().filter(out -> out.kind() == kind).map(LeftOut::name)
                .collect(Collectors.toSet());
        Names resolve = new Names(query.level(), names, leftOut, taxonomy);
        Map<String, Double> floors = fractions(query.floors(), "floors", resolve, notes);
        Map<String, Double> caps = fractions(query.caps(), "caps", resolve, notes);
        try {
            return AllocationBounds.of(names, floors, caps);
        } catch (InfeasibleBoundsException e) {
            throw new InvalidCommandException(e.kind() == InfeasibleBoundsException.Kind.CAP ? "caps" : "floors",
                    e.getMessage(), e);
        }
    }

    private static Map<String, Double> fractions(Map<String, BigDecimal> percents, String field, Names resolve,
                                                 List<String> notes) {
        String bound = field.equals("floors") ? "floor" : "cap";
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> entry : percents.entrySet()) {
            String name = resolve.canonical(entry.getKey(), field);
            double fraction = entry.getValue().doubleValue() / 100;
            String absent = resolve.leftOut.contains(name) ? "it has no stored history over the whole window (see left out)"
                    : "it is not held";
            if (resolve.names.contains(name)) {
                fractions.put(name, fraction);
            } else if (bound.equals("floor") && fraction > 0) {
                throw new InvalidCommandException(field, name + " cannot have a floor of "
                        + entry.getValue().toPlainString() + " %: " + absent);
            } else {
                notes.add("the " + bound + " of " + name + " is not used: " + absent);
            }
        }
        return fractions;
    }

    /** Names as the suggestion spells them: a group of the taxonomy, or a coin's symbol. */
    private record Names(SuggestQuery.Level level, List<String> names, Set<String> leftOut, Taxonomy taxonomy) {

        String canonical(String name, String field) {
            if (level == SuggestQuery.Level.GROUPS) {
                return taxonomy.findGroup(name).map(Group::name).orElseThrow(() -> new InvalidCommandException(field,
                        "unknown group '" + name + "'; the groups are: "
                                + String.join(", ", taxonomy.groups().stream().map(Group::name).toList())));
            }
            String symbol;
            try {
                symbol = Asset.of(name).symbol();
            } catch (IllegalArgumentException e) {
                throw new InvalidCommandException(field, e.getMessage(), e);
            }
            if (!names.contains(symbol) && !leftOut.contains(symbol)) {
                throw new InvalidCommandException(field, "the portfolio holds no coin " + symbol + "; its coins are: "
                        + String.join(", ", names) + (leftOut.isEmpty() ? "" : ", " + String.join(", ", leftOut)));
            }
            return symbol;
        }
    }
}

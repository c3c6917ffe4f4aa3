package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Reads shocks written as {@code NAME=PERCENT} (see {@link Shock#parse}). */
final class ShockText {

    private static final String COIN = "coin:";
    private static final String GROUP = "group:";
    private static final BigDecimal MIN_PERCENT = BigDecimal.valueOf(-100);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(10_000);

    private ShockText() {
    }

    static Shock parse(String text, Taxonomy taxonomy) {
        Objects.requireNonNull(text, "a shock must not be null");
        int equals = text.lastIndexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("shock '" + text + "' must be NAME=PERCENT, e.g. BTC=-30% or Memecoins=-60%");
        }
        String name = text.substring(0, equals).strip();
        BigDecimal percent = percent(text, text.substring(equals + 1).strip());
        BigDecimal change = percent.movePointLeft(2);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(COIN)) {
            return new Shock.OnCoin(coin(text, name.substring(COIN.length())), change);
        }
        if (lower.startsWith(GROUP)) {
            String groupName = name.substring(GROUP.length()).strip();
            Group group = taxonomy.findGroup(groupName).orElseThrow(() -> new IllegalArgumentException("shock '" + text
                    + "' names no group: the groups are " + taxonomy.groups()));
            return new Shock.OnGroup(group, change);
        }
        Optional<Group> group = name.isEmpty() ? Optional.empty() : taxonomy.findGroup(name);
        return group.<Shock>map(g -> new Shock.OnGroup(g, change))
                .orElseGet(() -> new Shock.OnCoin(coin(text, name), change));
    }

    private static BigDecimal percent(String text, String number) {
        String digits = number.endsWith("%") ? number.substring(0, number.length() - 1).strip() : number;
        BigDecimal percent;
        try {
            percent = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shock '" + text + "' has no percentage after '=': " + number, e);
        }
        // compared before any arithmetic: 1e999999999 must be refused, not moved
        if (percent.compareTo(MIN_PERCENT) < 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw new IllegalArgumentException("shock '" + text + "' must be from -100 % to +10000 %, was " + number);
        }
        return percent;
    }

    private static Asset coin(String text, String symbol) {
        try {
            return Asset.of(symbol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shock '" + text + "' names no coin: " + e.getMessage(), e);
        }
    }
}

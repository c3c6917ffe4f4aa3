package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price move a person imagines, on one coin or on every coin of a group, as a fraction ({@code -0.3} for
 * -30 %). A coin's own shock overrides its group's. A move is at least -100 % (a coin cannot be worth less
 * than nothing) and at most +10,000 %.
 */
public sealed interface Shock {

    BigDecimal MIN = BigDecimal.ONE.negate();
    BigDecimal MAX = BigDecimal.valueOf(100);

    BigDecimal change();

    /** What is shocked, as written back: "BTC" for a group, "coin:BTC" for a coin. */
    String target();

    record OnCoin(Asset coin, BigDecimal change) implements Shock {
        public OnCoin {
            Objects.requireNonNull(coin, "a coin shock needs a coin");
            check(change, "coin:" + coin);
        }

        @Override
        public String target() {
            return "coin:" + coin;
        }
    }

    record OnGroup(Group group, BigDecimal change) implements Shock {
        public OnGroup {
            Objects.requireNonNull(group, "a group shock needs a group");
            check(change, group.name());
        }

        @Override
        public String target() {
            return group.name();
        }
    }

    private static void check(BigDecimal change, String target) {
        Objects.requireNonNull(change, "the shock on " + target + " needs a change");
        if (change.compareTo(MIN) < 0 || change.compareTo(MAX) > 0) {
            BigDecimal percent = change.scaleByPowerOfTen(2).stripTrailingZeros();
            // plain digits only for a sane magnitude: 1e999999999 written out would be a billion characters
            throw new IllegalArgumentException("the shock on " + target + " must be from -100 % to +10000 %, was "
                    + (percent.precision() - percent.scale() < 20 ? percent.toPlainString() : percent.toString()) + " %");
        }
    }

    /**
     * Reads {@code NAME=PERCENT} ({@code "Memecoins=-60%"}, {@code "USDC=-10"}; the % sign is optional). A name
     * that is one of the taxonomy's groups (any case) shocks the group, any other name the coin; the prefixes
     * {@code coin:} and {@code group:} say which when a name is both (the group BTC and the coin BTC).
     *
     * @throws IllegalArgumentException with a message naming the text at fault
     */
    static Shock parse(String text, Taxonomy taxonomy) {
        return ShockText.parse(text, taxonomy);
    }
}

package com.cryptorebalancer.domain.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies one ticker the way a portfolio does: with the export's name (or none), its own unit price
 * (or none) and the prices of other coins held, e.g. {@code classify("STAVAX", null, "27", "AVAX", "24")}.
 */
final class ClassifyFixture {

    /** What asking for a group "Blue chips" that the default taxonomy does not have says. */
    static final String UNKNOWN_BLUE_CHIPS = "unknown group 'Blue chips'; the groups are: BTC, ETH, Stablecoins, SOL, "
            + "L1/L0 majors, L2/Scaling, DeFi, AI/Data, Gaming/NFT, Memecoins, Others";

    private ClassifyFixture() {
    }

    static Classification classify(Taxonomy taxonomy, String ticker, String name, String unitPrice,
                                   String... tickerAndPrice) {
        Map<Asset, BigDecimal> held = new HashMap<>();
        for (int i = 0; i < tickerAndPrice.length; i += 2) {
            held.put(Asset.of(tickerAndPrice[i]), new BigDecimal(tickerAndPrice[i + 1]));
        }
        return taxonomy.classify(Asset.of(ticker), name, unitPrice == null ? null : new BigDecimal(unitPrice),
                coin -> Optional.ofNullable(held.get(coin)));
    }

    static Classification classify(String ticker, String name, String unitPrice, String... tickerAndPrice) {
        return classify(Taxonomy.defaults(), ticker, name, unitPrice, tickerAndPrice);
    }

    static void assertClassified(Classification classification, String coin, String group, Classification.Basis basis) {
        assertThat(classification.coin()).isEqualTo(Asset.of(coin));
        assertThat(classification.group()).isEqualTo(Group.of(group));
        assertThat(classification.group().name()).isEqualTo(group);
        assertThat(classification.basis()).isEqualTo(basis);
    }
}

package com.cryptorebalancer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.adapter.out.holdings.HoldingsFileAdapter;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo shows what the product handles: the mix the README promises is really in the file. */
class DemoPortfolioTest {

    private final ImportedHoldings demo = new HoldingsFileAdapter()
            .load(DemoPortfolio.source(), ImportOptions.strict(LocationRules.defaults()));

    @Test
    void isValuedAtTheDateInItsFileName() {
        assertThat(demo.report().asOf()).isEqualTo(Instant.parse("2025-08-26T00:00:00Z"));
        assertThat(demo.report().source()).isEqualTo("demo portfolio (bundled demo-portfolio-2025-08-26.csv)");
    }

    @Test
    void holdsEveryKindOfLocationAndTheQuirksOfRealExports() {
        Set<LocationKind> kinds = demo.holdings().stream().map(h -> h.location().kind()).collect(Collectors.toSet());

        assertThat(kinds).contains(LocationKind.EXCHANGE_SPOT, LocationKind.EXCHANGE_EARN, LocationKind.SOFTWARE_WALLET,
                LocationKind.APP_WALLET, LocationKind.HARDWARE_WALLET, LocationKind.MANUAL);
        assertThat(demo.holdings()).anyMatch(Holding::isNegative).anyMatch(h -> !h.isPriced())
                .anyMatch(h -> h.asset().symbol().equals("SOL2"));
        assertThat(demo.report().usdAccepted().value()).isBetween(new java.math.BigDecimal("140000"), new java.math.BigDecimal("160000"));
        assertThat(demo.holdings().stream().map(Holding::asset).distinct().count()).isBetween(38L, 45L);
    }
}

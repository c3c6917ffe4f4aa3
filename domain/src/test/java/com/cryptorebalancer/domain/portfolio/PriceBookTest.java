package com.cryptorebalancer.domain.portfolio;

import static com.cryptorebalancer.domain.testdata.PriceBookTestData.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceBookTest {

    @Test
    void aCoinAbsentFromTheBookHasNoPrice() {
        PriceBook book = prices("ETH", "4421.29", "BTC", "109822.48");
        assertThat(book.priceOf(Asset.of("btc"))).get().extracting(Price::usd).isEqualTo(new BigDecimal("109822.48"));
        assertThat(book.priceOf(Asset.of("SOL"))).isEmpty();
        assertThat(book.size()).isEqualTo(2);
        assertThat(book.prices().keySet()).containsExactly(Asset.of("BTC"), Asset.of("ETH"));
    }

    @Test
    void aPriceFiledUnderAnotherCoinIsRefused() {
        Price sol = new Price(Asset.of("SOL"), BigDecimal.TEN, PriceSource.LOCAL, Instant.EPOCH);
        assertThatIllegalArgumentException().isThrownBy(() -> PriceBook.of(Map.of(Asset.of("SOL2"), sol)))
                .withMessage("price book lists a price of SOL under SOL2");
    }
}

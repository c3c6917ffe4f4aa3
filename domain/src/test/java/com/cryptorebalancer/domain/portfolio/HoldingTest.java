package com.cryptorebalancer.domain.portfolio;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.AS_OF;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import org.junit.jupiter.api.Test;

class HoldingTest {

    private static final Asset BTC = Asset.of("BTC");
    private static final Location BINANCE = LocationRules.defaults().locate("Binance");

    @Test
    void aValuedHoldingCarriesThePriceItImplies() {
        Holding aave = holding("AAVE", "Aave", "Binance", "16.81404761", "5555.24");
        assertThat(aave.isPriced()).isTrue();
        assertThat(aave.value()).isEqualTo(UsdAmount.of("5555.24"));
        assertThat(aave.price()).extracting(Price::usd, BIG_DECIMAL)
                .isEqualByComparingTo("330.3927839895060");
        assertThat(aave.price().source()).isEqualTo(PriceSource.LOCAL);
        assertThat(aave.price().asOf()).isEqualTo(AS_OF);
        assertThat(aave.valueOrZero()).isEqualTo(aave.value());
    }

    @Test
    void anUnpricedHoldingIsWorthUnknownNotZero() {
        Holding unpriced = Holding.unpriced(BTC, null, BINANCE, Quantity.of("1", "BTC"));
        assertThat(unpriced.isPriced()).isFalse();
        assertThat(unpriced.value()).isNull();
        assertThat(unpriced.price()).isNull();
        assertThat(unpriced.valueOrZero()).isEqualTo(UsdAmount.ZERO);
    }

    @Test
    void aNegativeBalanceIsKeptAndKnowsItIsNegative() {
        Holding debt = holding("BTC", null, "Binance", "-0.00008169", "-8.97");
        assertThat(debt.isNegative()).isTrue();
        assertThat(debt.price().usd()).isPositive();
    }

    @Test
    void aBlankNameIsNoName() {
        assertThat(holding("DOT2", "  ", "Binance", "1", "3.77").coinName()).isNull();
        assertThat(holding("DOT2", "Polkadot", "Binance", "1", "3.77").coinName()).isEqualTo("Polkadot");
    }

    @Test
    void aQuantityOfAnotherAssetIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Holding.unpriced(BTC, null, BINANCE, Quantity.of("1", "WBTC")))
                .withMessage("holding of BTC at Binance has a quantity of WBTC");
    }

    @Test
    void aValueWithoutItsSourceAndTimeOrASourceWithoutAValueIsRefused() {
        Quantity one = Quantity.of("1", "BTC");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Holding(BTC, null, BINANCE, one, UsdAmount.of("10"), null, AS_OF))
                .withMessage("holding of BTC at Binance must have a value with its source and time, or none of them");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Holding(BTC, null, BINANCE, one, null, PriceSource.LOCAL, AS_OF))
                .withMessage("holding of BTC at Binance must have a value with its source and time, or none of them");
    }

    @Test
    void aValueOfTheOppositeSignToTheQuantityIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> holding("BTC", null, "Binance", "1", "-10"))
                .withMessage("no price is implied by -10.00 USD for 1 BTC");
    }

    @Test
    void aValueOfZeroImpliesNoPrice() {
        assertThatIllegalArgumentException().isThrownBy(() -> holding("FUEL", null, "Bitget Spot", "70.04", "0"))
                .withMessage("no price is implied by 0.00 USD for 70.04 FUEL");
    }
}

package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.pricing.PortfolioPricing;
import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.Map;

/** The portfolio as it is now: the newest snapshot, classified with the current taxonomy. */
public interface CurrentPortfolioUseCase {

    /** @param minUsd holdings worth less are left out of the totals (and counted as excluded); null = the setting */
    CurrentPortfolio current(BigDecimal minUsd);

    /**
     * The current portfolio valued as {@code pricing} says: {@code local} (the export's own values),
     * {@code auto} or {@code hybrid} (live sources); null = the pricing mode setting. Each holding then
     * carries its price's source and time, and the view the prices with their warnings.
     *
     * @throws InvalidCommandException for an unknown mode, or live pricing where no source is set up
     */
    default CurrentPortfolio current(BigDecimal minUsd, String pricing) {
        if (pricing == null || "local".equals(pricing)) {
            return current(minUsd);
        }
        throw PortfolioPricing.liveNotSetUp(pricing);
    }

    /** How much of each coin the current holdings hold in all (every location, dust and debts included). */
    Map<Asset, BigDecimal> quantities();
}

package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.Map;

/** Where the value is: by group, by location, and which coins nothing recognised. */
public interface ShowPortfolioUseCase {

    PortfolioView show(ShowPortfolioQuery query);

    /** How much of each coin the holdings read from {@code query}'s sources hold in all (every location, dust and debts included). */
    Map<Asset, BigDecimal> quantities(ShowPortfolioQuery query);
}

package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.Map;

/** Where the value is: by group, by location, and which coins nothing recognised. */
public interface ShowPortfolioUseCase {

    PortfolioView show(ShowPortfolioQuery query);

    /**
     * The holdings read from {@code query}'s sources as a portfolio to analyse (risk, stress, suggestions,
     * backtests), valued by their own values; {@code basis} says where they came from.
     */
    CurrentPortfolio portfolio(ShowPortfolioQuery query, CurrentPortfolio.Basis basis);

    /** How much of each coin the holdings read from {@code query}'s sources hold in all (every location, dust and debts included). */
    Map<Asset, BigDecimal> quantities(ShowPortfolioQuery query);
}

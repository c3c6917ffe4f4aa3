package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.money.Asset;
import java.util.Map;
import java.math.BigDecimal;

/** The portfolio as it is now: the newest snapshot, classified with the current taxonomy. */
public interface CurrentPortfolioUseCase {

    /** @param minUsd holdings worth less are left out of the totals (and counted as excluded); null = the setting */
    CurrentPortfolio current(BigDecimal minUsd);

    /** How much of each coin the current holdings hold in all (every location, dust and debts included). */
    Map<Asset, BigDecimal> quantities();
}

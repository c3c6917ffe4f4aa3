package com.cryptorebalancer.application.port.in;

import java.math.BigDecimal;

/** The portfolio as it is now: the newest snapshot, classified with the current taxonomy. */
public interface CurrentPortfolioUseCase {

    /** @param minUsd holdings worth less are left out of the totals (and counted as excluded); null = the setting */
    CurrentPortfolio current(BigDecimal minUsd);
}

package com.cryptorebalancer.application.port.in;

/** Where the value is: by group, by location, and which coins nothing recognised. */
public interface ShowPortfolioUseCase {

    PortfolioView show(ShowPortfolioQuery query);
}

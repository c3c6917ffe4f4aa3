package com.cryptorebalancer.domain.backtest;

import java.time.LocalDate;

/** What a backtest's portfolio was worth at a day's close, after that day's trades, in USD. */
public record EquityPoint(LocalDate day, double valueUsd) {
}

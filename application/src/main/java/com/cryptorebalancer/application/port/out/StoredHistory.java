package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;

/** What is stored of one coin's daily history: its first and last day and how many days in all. */
public record StoredHistory(Asset asset, LocalDate first, LocalDate last, int days) {
}

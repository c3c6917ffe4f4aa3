package com.cryptorebalancer.adapter.out.holdings;

/**
 * One holding as a source wrote it: the text of each part, not yet checked. Formats produce these;
 * the import checks them and turns them into holdings. A part the source does not have is null.
 *
 * @param line     the physical line of the row (CSV) or of its object (JSON)
 * @param symbol   the ticker ({@code SOL2})
 * @param name     the coin's full name ("Solana"), if the source gives one
 * @param location the raw location name ("Kraken Earn")
 * @param amount   the quantity held
 * @param value    the source's USD value of the whole holding
 * @param price    the source's USD price of one unit (used when there is no value)
 */
record SourceRow(int line, String symbol, String name, String location, String amount, String value,
                        String price) {
}

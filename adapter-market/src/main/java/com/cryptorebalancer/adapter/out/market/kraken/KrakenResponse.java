package com.cryptorebalancer.adapter.out.market.kraken;

import java.util.List;

/**
 * Every Kraken REST answer: {@code {"error":[],"result":{...}}}. Kraken reports most refusals here with HTTP 200,
 * as {@code "<severity><category>:<message>"} strings ({@code EQuery:Unknown asset pair}); {@link KrakenErrors}
 * reads them.
 *
 * @see <a href="https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages">API error messages</a>
 */
record KrakenResponse<T>(List<String> error, T result) {
}

package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.application.port.out.PriceSourceException;
import java.util.List;

/**
 * Kraken's errors in the body of an HTTP 200 answer, translated in one place. A rate-limit or service error is
 * transient: {@link #transientRefusal} hands it to MarketHttp, which retries it with backoff and, when no attempt is
 * left, fails the request with a message that says so and counts it in the source's health (the caller then asks
 * another source). An unknown pair is for the caller to decide about; warnings ({@code W...}) are ignored.
 *
 * @see <a href="https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages">API error messages</a>
 */
final class KrakenErrors {

    static final String UNKNOWN_PAIR = "EQuery:Unknown asset pair";

    private KrakenErrors() {
    }

    /** Kraken does not know a pair asked for; for a batch, it does not say which. */
    static final class UnknownPairException extends PriceSourceException {

        private static final long serialVersionUID = 1L;

        private final String pairs;

        UnknownPairException(String source, String pairs) {
            super(source, UNKNOWN_PAIR + " for " + pairs);
            this.pairs = pairs;
        }

        /** The pairs asked for, comma-separated: one or more of them is unknown. */
        String pairs() {
            return pairs;
        }
    }

    /**
     * The result of an answer, or the exception its errors mean.
     *
     * @param asked what was asked, for messages ({@code Ticker XBTUSD,ETHUSD})
     * @param pairs the pairs asked for, should Kraken not know one
     */
    static <T> T resultOf(KrakenResponse<T> answer, String source, String asked, String pairs) {
        List<String> errors = errors(answer);
        if (errors.contains(UNKNOWN_PAIR)) {
            throw new UnknownPairException(source, pairs);
        }
        String transientRefusal = transientRefusal(answer, asked);
        if (transientRefusal != null) {
            throw new PriceSourceException(source, transientRefusal);
        }
        if (!errors.isEmpty()) {
            throw new PriceSourceException(source, "refused " + asked + ": " + String.join(", ", errors));
        }
        if (answer.result() == null) {
            throw new PriceSourceException(source, "answered " + asked + " with neither a result nor an error");
        }
        return answer.result();
    }

    /** What a rate-limit or service error in the answer says (worth another attempt later), or null when there is none. */
    static String transientRefusal(KrakenResponse<?> answer, String asked) {
        List<String> errors = errors(answer);
        String all = String.join(", ", errors);
        if (errors.stream().anyMatch(e -> e.equals("EAPI:Rate limit exceeded") || e.equals("EGeneral:Too many requests"))) {
            return "refused " + asked + " for too many requests (" + all + "): it allows about one public request a second";
        }
        if (errors.stream().anyMatch(e -> e.startsWith("EService:"))) {
            return "is unavailable for " + asked + " (" + all + ")";
        }
        return null;
    }

    private static List<String> errors(KrakenResponse<?> answer) {
        return answer.error() == null ? List.of() : answer.error().stream().filter(e -> !e.startsWith("W")).toList();
    }
}

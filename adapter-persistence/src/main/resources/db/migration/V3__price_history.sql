-- Daily USD closes of coins (PriceHistoryStore): one row per coin and UTC day, replaced when the day is
-- saved again. For PostgreSQL and for H2 in MODE=PostgreSQL, like V1.
-- close_usd is NUMERIC without precision for the reason V1 gives: exact at any scale (DECFLOAT in H2's
-- PostgreSQL mode), so a close of 17 significant digits such as 0.000012345678901234567 comes back as stored.
-- The day column is close_day, not day: DAY is a keyword in H2 2.x and would have to be quoted everywhere.
-- A close is strictly positive: a close of 0 is missing data (as SHIB's first 217 days), never a price.
-- The primary key (asset, close_day) is also the index of every read: one coin's days in a range, in order.
CREATE TABLE price_history (
    asset     VARCHAR(40) NOT NULL,
    close_day DATE NOT NULL,
    close_usd NUMERIC NOT NULL CHECK (close_usd > 0),
    source    VARCHAR(40) NOT NULL,
    PRIMARY KEY (asset, close_day)
);

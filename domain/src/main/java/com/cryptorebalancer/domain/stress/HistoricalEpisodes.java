package com.cryptorebalancer.domain.stress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The crypto crashes replayed by default. Each window runs from BTC's highest close before the fall to its
 * lowest close while the named event unfolded, read from the shared daily closes (Yahoo Finance, UTC days):
 *
 * <ul>
 *   <li>2018 bear market: 2017-12-16 (19,497.40, BTC's record close of the 2017 cycle) to 2018-12-15
 *       (3,236.76, the lowest close of the bear market), -83.4 %;</li>
 *   <li>March 2020 crash: 2020-02-12 (10,326.05, the highest close of 2020 before COVID-19 reached the
 *       markets) to 2020-03-12 (4,970.79, "Black Thursday", the lowest close of 2020), -51.9 %;</li>
 *   <li>May 2021 crash: 2021-05-08 (58,803.78, the highest close of May 2021) to 2021-05-23 (34,770.58,
 *       the capitulation close after the China mining ban news), -40.9 % (the close of 05-29 is 0.4 % lower,
 *       a retest a week later, not the crash);</li>
 *   <li>May 2022 Terra/LUNA collapse: 2022-05-04 (39,698.37, the last high before UST began to lose its peg on
 *       05-07) to 2022-05-11 (28,936.36, the lowest close of the week LUNA went to zero), -27.1 %;</li>
 *   <li>November 2022 FTX collapse: 2022-11-05 (21,282.69, the close before the run on FTX began) to
 *       2022-11-21 (15,787.28, the lowest close of the cycle), -25.8 %.</li>
 * </ul>
 */
public final class HistoricalEpisodes {

    public static final StressEpisode BEAR_2018 = new StressEpisode("bear-2018", "2018 bear market",
            LocalDate.of(2017, 12, 16), LocalDate.of(2018, 12, 15),
            "BTC's record close of the 2017 cycle to the lowest close of the bear market");

    public static final StressEpisode COVID_2020 = new StressEpisode("covid-2020", "March 2020 crash",
            LocalDate.of(2020, 2, 12), LocalDate.of(2020, 3, 12),
            "BTC's highest close of 2020 before COVID-19 hit markets to Black Thursday's close");

    public static final StressEpisode MAY_2021 = new StressEpisode("may-2021", "May 2021 crash",
            LocalDate.of(2021, 5, 8), LocalDate.of(2021, 5, 23),
            "BTC's highest close of May 2021 to the capitulation close after the China mining ban");

    public static final StressEpisode TERRA_2022 = new StressEpisode("terra-2022", "May 2022 Terra/LUNA collapse",
            LocalDate.of(2022, 5, 4), LocalDate.of(2022, 5, 11),
            "BTC's last high before UST began to lose its peg to the lowest close of the week LUNA went to zero");

    public static final StressEpisode FTX_2022 = new StressEpisode("ftx-2022", "November 2022 FTX collapse",
            LocalDate.of(2022, 11, 5), LocalDate.of(2022, 11, 21),
            "BTC's close before the run on FTX to the lowest close of the cycle");

    /** Oldest first. */
    public static final List<StressEpisode> ALL = List.of(BEAR_2018, COVID_2020, MAY_2021, TERRA_2022, FTX_2022);

    private HistoricalEpisodes() {
    }

    /** The episode with this id (any case). */
    public static Optional<StressEpisode> find(String id) {
        return ALL.stream().filter(episode -> episode.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}

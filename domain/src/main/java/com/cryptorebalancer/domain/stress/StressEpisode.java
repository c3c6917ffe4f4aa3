package com.cryptorebalancer.domain.stress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named window of market history to replay on today's weights: the return of each coin from its close
 * on {@code start} to its close on {@code end}.
 *
 * @param id   a short stable name ({@code ftx-2022})
 * @param why  one line on why these two days
 */
public record StressEpisode(String id, String name, LocalDate start, LocalDate end, String why) {

    public StressEpisode {
        Objects.requireNonNull(id, "an episode needs an id");
        Objects.requireNonNull(name, "episode " + id + " needs a name");
        Objects.requireNonNull(start, "episode " + id + " needs a first day");
        Objects.requireNonNull(end, "episode " + id + " needs a last day");
        Objects.requireNonNull(why, "episode " + id + " needs its reason");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("episode " + id + " must end (" + end + ") after it starts (" + start + ")");
        }
    }
}

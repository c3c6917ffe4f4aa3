package com.cryptorebalancer.application.report;

import java.util.List;
import java.util.Map;

/**
 * The value of every snapshot over time, by group, as the history chart draws it.
 *
 * @param groups the groups in the taxonomy's order: the stacking order of the chart
 */
public record HistoryReport(List<String> groups, List<Point> points) {

    /**
     * One snapshot.
     *
     * @param asOf    the valuation time of the snapshot's values (from the export), which may precede {@code takenAt}
     * @param byGroup the value of each group that holds anything, in the order of {@code groups}
     */
    public record Point(long snapshotId, String takenAt, String asOf, String totalUsd, Map<String, String> byGroup) {
    }
}

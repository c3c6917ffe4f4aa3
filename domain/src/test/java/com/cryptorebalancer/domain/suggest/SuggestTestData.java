package com.cryptorebalancer.domain.suggest;

import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Inputs for the suggestion tests: real returns from the shared CSVs, or a covariance given by hand. */
final class SuggestTestData {

    static final LocalDate FROM = LocalDate.parse("2022-02-20");
    static final LocalDate TO = LocalDate.parse("2025-02-20");

    private SuggestTestData() {
    }

    /** Simple daily returns of the coins on their common days from {@code from} to {@code to}. */
    static ReturnMatrix realReturns(String from, String to, String... symbols) {
        return ReturnMatrix.of(AlignedCloses.innerJoin(SharedPriceHistory.closes(symbols), LocalDate.parse(from),
                LocalDate.parse(to)).returns());
    }

    /** The three shared years 2022-02-20 to 2025-02-20. */
    static ReturnMatrix threeYears(String... symbols) {
        return realReturns(FROM.toString(), TO.toString(), symbols);
    }

    /** A daily covariance given by hand, as the sample covariance of 100 returns, assets A, B, C... */
    static CovarianceEstimate covariance(double[][] matrix) {
        return new CovarianceEstimate(CovarianceEstimator.SAMPLE, names(matrix.length), matrix, Double.NaN, 100);
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.valueOf((char) ('A' + i)));
        }
        return names;
    }

    static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    static double[] equalWeights(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }
}

package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.SnapshotsUseCase;
import io.javalin.http.Context;

/** The stored snapshots and the history of value by group. */
final class SnapshotEndpoints {

    private final Json json;
    private final SnapshotsUseCase snapshots;

    SnapshotEndpoints(Json json, SnapshotsUseCase snapshots) {
        this.json = json;
        this.snapshots = snapshots;
    }

    void list(Context ctx) {
        json.write(ctx, 200, snapshots.list().stream().map(SnapshotSummaryJson::of).toList());
    }

    void get(Context ctx) {
        json.write(ctx, 200, SnapshotJson.of(snapshots.get(Params.id(ctx))));
    }

    void history(Context ctx) {
        json.write(ctx, 200, snapshots.history());
    }
}

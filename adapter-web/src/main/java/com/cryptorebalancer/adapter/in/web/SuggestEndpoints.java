package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.SuggestUseCase;
import com.cryptorebalancer.application.report.SuggestionView;
import io.javalin.http.Context;

/** Target suggestions from the stored daily closes, and saving one as a target profile. */
final class SuggestEndpoints {

    private final Json json;
    private final SuggestUseCase suggest;

    SuggestEndpoints(Json json, SuggestUseCase suggest) {
        this.json = json;
        this.suggest = suggest;
    }

    void suggest(Context ctx) {
        SuggestRequestJson request = json.read(ctx, SuggestRequestJson.class);
        json.write(ctx, 200, SuggestionView.of(suggest.suggest(request.toQuery())));
    }

    void saveAsProfile(Context ctx) {
        SuggestRequestJson request = json.read(ctx, SuggestRequestJson.class);
        json.write(ctx, 201, suggest.saveAsProfile(Params.required(request.name(), "name"), request.toQuery()));
    }
}

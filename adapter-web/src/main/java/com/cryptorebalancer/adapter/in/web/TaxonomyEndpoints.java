package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.report.TaxonomyReport;
import io.javalin.http.Context;

/** The taxonomy: read it, put a ticker in a group, forget a person's assignment. */
final class TaxonomyEndpoints {

    /** The body of {@code PUT /api/v1/taxonomy/aliases/{symbol}}. */
    record AliasJson(String group) {
    }

    private final Json json;
    private final ManageTaxonomyUseCase taxonomy;

    TaxonomyEndpoints(Json json, ManageTaxonomyUseCase taxonomy) {
        this.json = json;
        this.taxonomy = taxonomy;
    }

    void get(Context ctx) {
        json.write(ctx, 200, TaxonomyReport.of(taxonomy.current()));
    }

    void setAlias(Context ctx) {
        AliasJson body = json.read(ctx, AliasJson.class);
        String group = Params.required(body.group(), "group");
        json.write(ctx, 200, TaxonomyReport.of(taxonomy.setAlias(ctx.pathParam("symbol"), group)));
    }

    void removeAlias(Context ctx) {
        json.write(ctx, 200, TaxonomyReport.of(taxonomy.removeAlias(ctx.pathParam("symbol"))));
    }
}

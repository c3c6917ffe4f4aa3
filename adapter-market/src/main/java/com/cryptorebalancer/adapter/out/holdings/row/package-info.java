/**
 * What a holdings format hands to the import: the raw {@link
 * com.cryptorebalancer.adapter.out.holdings.row.SourceRow}, where its parts come from, and the reasons
 * a row is not taken. Public only because the format packages and the import meet here.
 */
package com.cryptorebalancer.adapter.out.holdings.row;

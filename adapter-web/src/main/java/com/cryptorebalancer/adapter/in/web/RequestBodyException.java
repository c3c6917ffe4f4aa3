package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A request body Jackson could not read; {@link ErrorMapping} says why in the API's words. */
final class RequestBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RequestBodyException(JsonProcessingException cause) {
        super(cause.getOriginalMessage(), cause);
    }

    JsonProcessingException jsonError() {
        return (JsonProcessingException) getCause();
    }
}

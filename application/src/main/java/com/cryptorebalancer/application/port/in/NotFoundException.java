package com.cryptorebalancer.application.port.in;

/** A request named something that does not exist, e.g. a plan id that was never saved or was deleted. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("no " + what + " " + id);
    }
}

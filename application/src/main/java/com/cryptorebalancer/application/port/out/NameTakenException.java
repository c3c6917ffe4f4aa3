package com.cryptorebalancer.application.port.out;

/** A store refused a name because another record has it. */
public class NameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;

    public NameTakenException(String what, String name) {
        super(what + " '" + name + "' already exists");
        this.name = name;
    }

    public String name() {
        return name;
    }
}

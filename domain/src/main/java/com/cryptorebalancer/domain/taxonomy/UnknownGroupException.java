package com.cryptorebalancer.domain.taxonomy;

import java.util.List;

/** A name was used as a group, but the taxonomy has no group of that name. */
public final class UnknownGroupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String name;

    public UnknownGroupException(String name, List<Group> known) {
        super("unknown group '" + name + "'; the groups are: " + String.join(", ", known.stream().map(Group::name).toList()));
        this.name = name;
    }

    public String name() {
        return name;
    }
}

package org.cytobench.layout;

/** A plate map that cannot be used; the message names the file and the cell (or block) and what is wrong. */
public final class PlateMapException extends Exception {
    public PlateMapException(String message) {
        super(message);
    }
}

package dev.precis.components.noc.booksim;

import dev.precis.tlm.describe.ParameterException;
import java.util.List;

/** A BookSim2 configuration file is malformed or sets something Precis cannot run; the message names file and line. */
final class BookSimConfigException extends ParameterException {
    public BookSimConfigException(String message, List<String> keys) {
        super(message, keys);
    }
}

package dev.precis.sweep;

/** A {@code HOST:PORT} address of a cluster node, as given on the command line. */
public record HostPort(String host, int port) {

    public HostPort {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the host is empty");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is outside 1..65535");
    }

    /** Parses {@code HOST:PORT}; fails naming {@code option} and the expected form. */
    public static HostPort parse(String text, String option) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not HOST:PORT (e.g. 127.0.0.1:25520)");
        }
        try {
            return new HostPort(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text.substring(colon + 1) + "' is not a port number");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}

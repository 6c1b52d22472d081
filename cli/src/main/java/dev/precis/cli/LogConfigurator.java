package dev.precis.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code (found by logback through {@code META-INF/services}): warnings and
 * errors on stderr, so that stdout stays clean for reports and JSON; {@code PRECIS_LOG_LEVEL} (environment or
 * system property) sets the level, Akka's own loggers stay at WARN. Set up in code rather than from a
 * {@code logback.xml} because reading the XML loads about 130 more classes and spins about 90 more lambdas, a
 * tenth of a second of every command's start (BENCHMARKS.md, "Describing for a replay"). {@code -Dlogback.configurationFile=FILE} still configures
 * logback from FILE instead.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final String LEVEL_VARIABLE = "PRECIS_LOG_LEVEL";
    static final String PATTERN = "%-5level [%X{simTime:-}] %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level(setting()));
        root.addAppender(stderr);
        context.getLogger("akka").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static String setting() {
        String v = System.getProperty(LEVEL_VARIABLE);
        return v != null ? v : System.getenv(LEVEL_VARIABLE);
    }

    /** The level {@code value} names (WARN when unset); a name that is no level is said on stderr, not guessed at. */
    static Level level(String value) {
        if (value == null || value.isBlank()) return Level.WARN;
        Level named = Level.toLevel(value, null); // logback's own reading: trimmed, any case
        if (named != null) return named;
        System.err.println("precis: " + LEVEL_VARIABLE + "=" + value
                + " is not a log level (TRACE, DEBUG, INFO, WARN, ERROR or OFF); logging at WARN");
        return Level.WARN;
    }
}

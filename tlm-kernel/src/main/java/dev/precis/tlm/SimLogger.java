package dev.precis.tlm;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * A component's logger: SLF4J underneath, with the simulated time and the component's name put in the MDC
 * ({@code simTime}, {@code component}) for each line. The MDC is touched only when the level is enabled,
 * so disabled logging costs one check on the hot path.
 */
public final class SimLogger {
    public static final String MDC_SIM_TIME = "simTime";
    public static final String MDC_COMPONENT = "component";

    private final Logger logger;
    private final String component;
    private final LongSupplier now;

    public SimLogger(Logger logger, String component, LongSupplier now) {
        this.logger = logger;
        this.component = component;
        this.now = now;
    }

    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    public void trace(String format, Object... args) {
        if (logger.isTraceEnabled()) withMdc(() -> logger.trace(format, args));
    }

    public void debug(String format, Object... args) {
        if (logger.isDebugEnabled()) withMdc(() -> logger.debug(format, args));
    }

    public void info(String format, Object... args) {
        if (logger.isInfoEnabled()) withMdc(() -> logger.info(format, args));
    }

    public void warn(String format, Object... args) {
        if (logger.isWarnEnabled()) withMdc(() -> logger.warn(format, args));
    }

    public void error(String format, Object... args) {
        if (logger.isErrorEnabled()) withMdc(() -> logger.error(format, args));
    }

    private void withMdc(Runnable log) {
        String previousTime = MDC.get(MDC_SIM_TIME);
        String previousComponent = MDC.get(MDC_COMPONENT);
        MDC.put(MDC_SIM_TIME, SimTime.format(now.getAsLong()));
        MDC.put(MDC_COMPONENT, component);
        try {
            log.run();
        } finally {
            restore(MDC_SIM_TIME, previousTime);
            restore(MDC_COMPONENT, previousComponent);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) MDC.remove(key);
        else MDC.put(key, value);
    }
}

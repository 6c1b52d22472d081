package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingTest {
    static final class Chatty extends Component {
        Chatty() {
            clock(ClockDomain.ofMHz("clk", 1000), cycle -> {
                ctx().log().info("tick {}", cycle);
                return cycle < 2;
            });
        }
    }

    @Test
    void everyComponentLogLineCarriesTheSimulatedTimeAndComponent() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.precis.sim.top.chatty");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            Model.Builder b = Model.builder();
            b.add("top.chatty", new Chatty());
            new SequentialEngine().run(b.build()).orThrow();
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("tick 0", "tick 1", "tick 2");
        assertThat(appender.list).extracting(e -> e.getMDCPropertyMap().get(SimLogger.MDC_SIM_TIME))
                .containsExactly("0 ps", "1 ns", "2 ns");
        assertThat(appender.list.get(0).getMDCPropertyMap()).containsEntry(SimLogger.MDC_COMPONENT, "top.chatty");
    }
}

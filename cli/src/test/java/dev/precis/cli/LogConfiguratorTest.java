package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogConfiguratorTest {

    @Test
    void theCommandLineLogsWarningsToStderrAndAkkaOnlyItsWarnings() {
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // the level of this JVM's PRECIS_LOG_LEVEL, WARN when unset (as in CI)
        String set = System.getProperty(LogConfigurator.LEVEL_VARIABLE, System.getenv(LogConfigurator.LEVEL_VARIABLE));
        assertThat(root.getLevel()).isEqualTo(set == null ? Level.WARN : LogConfigurator.level(set));
        assertThat(context.getLogger("akka").getLevel()).isEqualTo(Level.WARN);
        var appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
    }

    @Test
    void levelsAreReadWhateverTheirCaseAndAnUnknownNameIsSaidAndLeftAtWarn() {
        assertThat(LogConfigurator.level(null)).isEqualTo(Level.WARN);
        assertThat(LogConfigurator.level("debug")).isEqualTo(Level.DEBUG);
        assertThat(LogConfigurator.level(" INFO ")).isEqualTo(Level.INFO);
        assertThat(LogConfigurator.level("off")).isEqualTo(Level.OFF);
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertThat(LogConfigurator.level("LOUD")).isEqualTo(Level.WARN);
        } finally {
            System.setErr(err);
        }
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("PRECIS_LOG_LEVEL=LOUD is not a log level");
    }

    @Test
    void logbackFindsTheConfiguratorOnTheClassPath() {
        // the service file is what makes logback use it instead of looking for an XML file
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("STDERR")).isNotNull();
    }
}

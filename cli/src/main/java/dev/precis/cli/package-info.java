/**
 * The {@code precis} command line (picocli): one command class per subcommand ({@code info}, {@code example},
 * {@code trace}, {@code dram}, {@code noc}, {@code bench}), the options they share ({@link dev.precis.cli.Main}'s
 * {@code --debug}, {@code OutputFormat}'s {@code --format table|json}, {@code DramConfigOptions}), the trace
 * command's logic, and the error handling that turns any bad input into one line on stderr and a non-zero exit.
 * Commands parse and print; what they compute and the reports they print belong to the library modules.
 */
package dev.precis.cli;

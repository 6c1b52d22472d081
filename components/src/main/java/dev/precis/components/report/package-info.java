/**
 * What the components' report types share: {@link dev.precis.components.report.JsonLine}, the one-line JSON
 * form of a report record ({@code DramReport}, {@code NocReport}) that {@code --format json} prints.
 */
package dev.precis.components.report;

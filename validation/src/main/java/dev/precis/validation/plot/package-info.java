/** The report's figures as data ({@link dev.precis.validation.plot.Plot}) and their PNG rendering with XChart. */
package dev.precis.validation.plot;

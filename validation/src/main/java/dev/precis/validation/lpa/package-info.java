/** LPA (DAC 2024): the LPA, ANT and AdaFloat arrays replayed on each model's lpq, ant and 8-bit float formats. */
package dev.precis.validation.lpa;

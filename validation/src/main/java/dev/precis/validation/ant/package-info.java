/** ANT (MICRO 2022): the artifact's published normalised table against the ANT-family mapper. */
package dev.precis.validation.ant;

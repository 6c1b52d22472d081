/**
 * The reference figures shipped in the module (resources {@code dev/precis/validation/reference/}, their sources
 * in its README): the validation reads nothing outside its own jar.
 */
package dev.precis.validation.data;

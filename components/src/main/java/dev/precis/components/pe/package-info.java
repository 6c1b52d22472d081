/**
 * Processing-element arrays as pure timing models (no kernel types): the systolic array
 * ({@link dev.precis.components.pe.SystolicArray}: output-, weight- and input-stationary, each fold timed
 * from fill, steady state and drain as SCALE-Sim v2 counts them) and the precision-flexible bit-brick
 * array ({@link dev.precis.components.pe.BitBrickArray}: BitFusion's fused bricks, throughput scaled by
 * the ANT artifact's precision factor, with a configurable precision-switch cost). Component wrappers
 * that put them on the kernel are built on these.
 */
package dev.precis.components.pe;

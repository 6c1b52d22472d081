/** SCALE-Sim v2: ResNet-18 per-layer cycles against the systolic-array timing model. */
package dev.precis.validation.systolic;

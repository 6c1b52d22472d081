/** Energy and area tables shared by components, each figure with its source. */
package dev.precis.components.energy;

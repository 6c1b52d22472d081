/** BookSim2: latency versus offered load, stability and saturation of the NoC against BookSim2's run. */
package dev.precis.validation.noc;

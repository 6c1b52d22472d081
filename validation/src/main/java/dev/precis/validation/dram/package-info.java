/** DRAMSim3: the DRAM trace replay against DRAMSim3's figures on its own configurations and traces. */
package dev.precis.validation.dram;

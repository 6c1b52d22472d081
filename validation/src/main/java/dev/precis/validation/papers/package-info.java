/**
 * What the paper experiments share: a trace written exactly as {@code precis trace} writes it, and runs of the
 * accelerator run API's presets on it ({@link dev.precis.validation.papers.PresetTrace}), so the designs compared
 * see the same layers and tiles and the experiment can read the trace's own statistics.
 */
package dev.precis.validation.papers;

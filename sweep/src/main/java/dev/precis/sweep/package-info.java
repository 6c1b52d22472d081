/**
 * Design-space sweeps: a sweep file crosses accelerators, models, quantizers and parameter axes into points
 * ({@code spec}); each point is evaluated through one interface ({@code point.PointEvaluator}, implemented in
 * {@code eval}); finished points go to append-only, resumable result files ({@code results}); points run
 * concurrently as Akka actors on one machine ({@code run}) or on an Akka Cluster of workers ({@code cluster});
 * at the end a summary table and plots ({@code report}).
 */
package dev.precis.sweep;

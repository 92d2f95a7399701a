/**
 * The run's vocabulary: how a run ends, where a change stands, why a membership is owned. Its own
 * package so that the audit, which stores these words, need not depend on the run that speaks them.
 */
package io.cakesync.reconcile.vocabulary;

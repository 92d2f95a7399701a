package io.cakesync.reconcile;

public enum Action {
    ADD, REMOVE
}

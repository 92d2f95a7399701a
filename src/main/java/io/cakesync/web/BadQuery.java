package io.cakesync.web;

/** A query parameter that cannot be understood; answered 400 with the reason. */
class BadQuery extends RuntimeException {
    BadQuery(String message) {
        super(message);
    }
}

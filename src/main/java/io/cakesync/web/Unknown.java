package io.cakesync.web;

/** A run, group or person a page asks for that does not exist; answered 404 with what was not found. */
class Unknown extends RuntimeException {
    Unknown(String message) {
        super(message);
    }
}

package io.cakesync.sandbox;

/** A request the sandbox refuses; becomes a ProblemDetails response with this status. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }
}

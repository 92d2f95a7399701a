package io.cakesync.source;

import java.util.function.Supplier;

/**
 * A paged read whose listing changed under it: a total that differs between pages, a person on two
 * pages, a cursor the API no longer accepts. Such a read proves nothing, so it is made once more.
 */
public final class ListingMoved extends RuntimeException {

    public ListingMoved(String message) {
        super(message, null, false, false);
    }

    /** {@code read}, and once more if its listing moved; a second move fails the read, naming both. */
    public static <T> T readAgainOnce(String listing, Supplier<T> read) {
        try {
            return read.get();
        } catch (ListingMoved first) {
            try {
                return read.get();
            } catch (ListingMoved again) {
                throw new SourceException(listing + " changed during two reads in a row (first " + first.getMessage()
                        + ", then " + again.getMessage() + "), so neither read is complete; nothing was planned and"
                        + " the next run reads again");
            }
        }
    }
}

package io.cakesync.source.bamboohr;

import java.net.URI;
import java.util.regex.Pattern;

import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/** Where the company's BambooHR lives: https://{company}.bamboohr.com, unless a URL replaces it. */
final class BamboohrUrl {
    private static final Pattern SUBDOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private BamboohrUrl() {}

    static URI of(SourceConfig.Bamboohr settings) {
        if (settings.url().isPresent() && !settings.url().get().isBlank()) {
            String url = settings.url().get().strip();
            try {
                URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new SourceException("sync.source.bamboohr.url '" + url + "' is not an http(s) URL");
            }
        }
        String company = settings.company()
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .orElseThrow(() -> new SourceException("BambooHR is not configured: set sync.source.bamboohr.company"
                        + " (environment variable SYNC_SOURCE_BAMBOOHR_COMPANY) to the subdomain of your account,"
                        + " e.g. acme for https://acme.bamboohr.com"));
        if (!SUBDOMAIN.matcher(company).matches()) {
            throw new SourceException("sync.source.bamboohr.company '" + company + "' is not a subdomain: give the"
                    + " part before .bamboohr.com, e.g. acme for https://acme.bamboohr.com");
        }
        return URI.create("https://" + company + ".bamboohr.com");
    }
}

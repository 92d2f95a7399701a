package io.cakesync.notify;

import java.util.List;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Email through the SMTP server configured under {@code quarkus.mailer.*}. */
final class EmailChannel implements Channel {
    private final Mailer mailer;
    private final List<String> to;
    private final String from;

    EmailChannel(Mailer mailer, List<String> to, String from) {
        this.mailer = mailer;
        this.to = List.copyOf(to);
        this.from = from;
    }

    @Override
    public String name() {
        return "email to " + to.size() + " recipient(s)";
    }

    @Override
    public void send(Alert alert) {
        Mail mail = new Mail()
                .setFrom(from)
                .setTo(to)
                .setSubject("[cakesync] " + alert.title())
                .setText(alert.text() + (alert.runId() == null ? "" : "\n\nRun: /runs/" + alert.runId()));
        mailer.send(mail);
    }
}

package io.cakesync.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingException;
import io.cakesync.reconcile.Preview;
import io.cakesync.reconcile.PreviewReport;
import io.cakesync.reconcile.Trigger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Preview a mapping before it is put in place: paste it or upload the file, and see per group who
 * would join and who would leave. It sends nothing to Cakewalk; the preview is kept in the audit.
 */
@Path("/preview")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class PreviewResource {
    static final String PASTED = "pasted mapping";

    private final Preview preview;
    private final Frames frames;
    private final Template page;

    PreviewResource(Preview preview, Frames frames, @Location("preview.html") Template page) {
        this.preview = preview;
        this.frames = frames;
        this.page = page;
    }

    @GET
    public TemplateInstance form() {
        return view(null, null, List.of(), null);
    }

    /** An uploaded file wins over pasted text. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.OPERATOR)
    public Response preview(@RestForm("mapping") String pasted, @RestForm("file") FileUpload file) {
        boolean uploaded = file != null && file.size() > 0;
        String text = uploaded ? read(file) : pasted == null ? "" : pasted;
        String name = uploaded && file.fileName() != null && !file.fileName().isBlank() ? file.fileName() : PASTED;
        try {
            PreviewReport report = preview.of(Mapping.ofText(name, text), Trigger.API);
            return Response.ok(view(text, report, List.of(), null).render()).build();
        } catch (MappingException e) {
            return Response.status(422)
                    .entity(view(
                                    text,
                                    null,
                                    e.problems(),
                                    name + " has " + e.problems().size() + " problem(s); nothing was previewed")
                            .render())
                    .build();
        } catch (RuntimeException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(view(text, null, List.of(), "the preview could not read HR or Cakewalk: " + e.getMessage())
                            .render())
                    .build();
        }
    }

    private TemplateInstance view(String mapping, PreviewReport report, List<String> problems, String error) {
        return page.data("frame", frames.now())
                .data("mapping", mapping)
                .data("report", report)
                .data("problems", problems)
                .data("error", error);
    }

    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded mapping", e);
        }
    }
}

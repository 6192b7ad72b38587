package org.forewarn.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The after-action report as a PDF: the same body as the console page, laid out for A4, with the
 * classification banner at the top and bottom of every page and its fonts (DejaVu Sans) embedded,
 * so it prints and reads the same anywhere.
 */
@Component
public class ReportPdf {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;

    ReportPdf(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    public byte[] render(AfterActionReport report) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", report);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process("review/report-print", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Forewarn");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the after-action report as PDF", e);
        }
        return out.toByteArray();
    }

    /** The report's PDF as a download named after the case, never cached. */
    public ResponseEntity<byte[]> download(AfterActionReport report) {
        String name = "after-action-report-" + report.title().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(render(report));
    }

    private static InputStream font(String path) {
        InputStream in = ReportPdf.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The font " + path + " is missing from the application");
        }
        return in;
    }
}

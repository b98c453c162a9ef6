package io.github.ogireport.server;

import io.github.ogireport.documents.PdfReportWriter;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The server's own problems as RFC 9457 ProblemDetail: busy or too slow (503), an upload over the size
 * limit (413), a broken multipart request (400), no font for PDF (503). Unreadable reports are answered
 * by the starter's {@link io.github.ogireport.spring.ReportProblemHandler} (422 with the location).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerProblems {
  @ExceptionHandler(BoundedWork.Busy.class)
  ResponseEntity<ProblemDetail> busy(BoundedWork.Busy e, Locale locale) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "urn:ogi-report:problem:busy",
        zh(locale) ? "服务繁忙或读取超时" : "The server is busy or the report took too long", e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "urn:ogi-report:problem:input-limit",
        zh(locale) ? "上传文件过大" : "The upload is too large",
        "the upload is larger than the limit of " + e.getMaxUploadSize() + " bytes");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> badMultipart(MultipartException e, Locale locale) {
    return problem(HttpStatus.BAD_REQUEST, "urn:ogi-report:problem:bad-upload",
        zh(locale) ? "上传请求无效" : "The upload request is malformed", e.getMessage());
  }

  @ExceptionHandler(PdfReportWriter.FontUnavailableException.class)
  ResponseEntity<ProblemDetail> noFont(PdfReportWriter.FontUnavailableException e, Locale locale) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "urn:ogi-report:problem:no-pdf-font",
        zh(locale) ? "服务器没有写 PDF 所需的中文字体" : "The server has no CJK font to write PDF", e.getMessage());
  }

  private static boolean zh(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(type));
    p.setTitle(title);
    return ResponseEntity.status(status).body(p);
  }
}

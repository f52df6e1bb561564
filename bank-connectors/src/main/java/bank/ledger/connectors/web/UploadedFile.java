package bank.ledger.connectors.web;

import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.connectors.ingestion.StatementLines;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * A statement file as an upload brings it, whichever door (the API's {@code POST /api/v1/statements}, the
 * console's upload form): the raw body, or the file part of a {@code multipart/form-data} body, read with
 * the same bounds ({@link ParseLimits#DEFAULT_MAX_FILE_BYTES}, refused {@code statementUnreadable} past it)
 * and the same refusals ({@code noStatementFound} for an empty body or a form without a file).
 */
public record UploadedFile(String fileName, byte[] content) {

    /** {@code name}: the name the client gave in the query, or null (then the file part's own name). */
    public static UploadedFile read(HttpServletRequest request, String name) throws IOException {
        String fileName = name;
        byte[] content;
        if (MultipartUpload.isMultipart(request.getContentType())) {
            MultipartUpload.FilePart part = filePart(request);
            content = part.content();
            fileName = name != null ? name : StatementLines.cut(baseName(part.fileName()), 200);
        } else {
            content = StatementDelivery.readBounded(request.getInputStream(), ParseLimits.DEFAULT_MAX_FILE_BYTES);
        }
        if (content.length == 0) {
            throw LedgerRefusal.of(RefusalCode.NO_STATEMENT_FOUND, "file", "the request holds no statement file");
        }
        return new UploadedFile(fileName == null ? "upload" : fileName, content);
    }

    private static MultipartUpload.FilePart filePart(HttpServletRequest request) throws IOException {
        String boundary = MultipartHeaders.boundary(request.getContentType());
        if (boundary == null) {
            throw LedgerRefusal.of(RefusalCode.NO_STATEMENT_FOUND, "file", "a multipart body needs a boundary (1 to 70 "
                    + "characters) in its Content-Type");
        }
        MultipartUpload.FilePart part = MultipartUpload.file(request.getInputStream(), boundary,
                ParseLimits.DEFAULT_MAX_FILE_BYTES);
        if (part == null) {
            throw LedgerRefusal.of(RefusalCode.NO_STATEMENT_FOUND, "file", "the multipart body holds no file: send it "
                    + "in a part named \"file\"");
        }
        return part;
    }

    /** A browser may send the client's whole path as the file name: only its last segment names the file. */
    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }
}

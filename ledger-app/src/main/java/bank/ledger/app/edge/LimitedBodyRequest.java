package bank.ledger.app.edge;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request whose body is counted while it is read and stops being readable past a byte limit: a chunked
 * body declares no length, and a declared length is only a claim. Nothing is buffered here.
 * <p>
 * When the body is a file ({@code bodyIsFile}: a statement), its parameters are those of the query string
 * only. Asked for a parameter, Tomcat reads a body of a form content type as form fields, outside this
 * counted stream; a statement sent by {@code curl --data-binary} (form type by default) would be eaten
 * as one field and reach its controller empty.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private final boolean bodyIsFile;
    private ServletInputStream limited;
    private Map<String, String[]> queryParameters;

    LimitedBodyRequest(HttpServletRequest request, long maxBytes, boolean bodyIsFile) {
        super(request);
        this.maxBytes = maxBytes;
        this.bodyIsFile = bodyIsFile;
    }

    @Override
    public String getParameter(String name) {
        if (!bodyIsFile) {
            return super.getParameter(name);
        }
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (!bodyIsFile) {
            return super.getParameterMap();
        }
        if (queryParameters == null) {
            queryParameters = QueryParameters.parse(getQueryString());
        }
        return queryParameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return bodyIsFile ? Collections.enumeration(getParameterMap().keySet()) : super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
        if (!bodyIsFile) {
            return super.getParameterValues(name);
        }
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    /** Whether a reader went past the limit (its read failed with {@link BodyTooLargeException}). */
    boolean exceeded() {
        return limited != null && ((Limited) limited).exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream(), maxBytes);
        }
        return limited;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream body;
        private final long maxBytes;
        private long read;
        private boolean exceeded;

        Limited(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > maxBytes) {
                exceeded = true;
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}

package bank.ledger.app.security.approval;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * A request with a body already read (and, for an approved request, the maker as its principal): the
 * filter read the body to judge it, or the approval stored it; the endpoint reads it again from here.
 */
final class ReplayedRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Principal principal;

    ReplayedRequest(HttpServletRequest request, byte[] body, Principal principal) {
        super(request);
        this.body = body;
        this.principal = principal;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal == null ? super.getUserPrincipal() : principal;
    }

    @Override
    public String getMethod() {
        return "POST";
    }

    @Override
    public String getContentType() {
        return body.length == 0 ? super.getContentType() : "application/json";
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already in memory");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}

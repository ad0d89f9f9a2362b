package dev.filedeck.sandbox;

import com.sun.net.httpserver.HttpExchange;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Commons FileUpload's streaming parser bound to the JDK's HttpExchange. Only the item iterator is used: parts
 * are read as they arrive, never collected, so memory stays constant whatever the upload's size.
 */
final class MultipartParser extends AbstractFileUpload<HttpExchange, DiskFileItem, DiskFileItemFactory> {

    MultipartParser() {
        // Raw UTF-8 in filename="…" is what browsers, curl and java.net.http clients send.
        setHeaderCharset(StandardCharsets.UTF_8);
    }

    @Override
    public FileItemInputIterator getItemIterator(HttpExchange exchange) throws IOException {
        return getItemIterator(new ExchangeContext(exchange));
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(HttpExchange exchange) {
        throw new UnsupportedOperationException("the sandbox streams parts; it never collects them");
    }

    @Override
    public List<DiskFileItem> parseRequest(HttpExchange exchange) {
        throw new UnsupportedOperationException("the sandbox streams parts; it never collects them");
    }

    /** The three things the parser needs from a request: its type, its length and its body. */
    record ExchangeContext(HttpExchange exchange) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            String contentType = getContentType();
            if (contentType == null) {
                return null;
            }
            for (String param : contentType.split(";")) {
                String trimmed = param.strip();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    return trimmed.substring("charset=".length()).replace("\"", "");
                }
            }
            return null;
        }

        @Override
        public long getContentLength() {
            return UploadHandler.declaredLength(exchange);
        }

        @Override
        public String getContentType() {
            return exchange.getRequestHeaders().getFirst("Content-Type");
        }

        @Override
        public InputStream getInputStream() {
            // The parser reads in small steps; a large buffer saves most of the socket reads.
            return new BufferedInputStream(exchange.getRequestBody(), 256 * 1024);
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }
}

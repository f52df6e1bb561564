package bank.ledger.app.dev;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import org.apache.catalina.webresources.TomcatURLStreamHandlerFactory;

/**
 * Qpid reads its defaults from {@code classpath:} URLs and relies on the JDK finding its URL handler
 * on the system class path. Inside the executable jar its classes are nested, so the JDK cannot; this
 * factory resolves {@code classpath:} through the application's class loader instead and leaves every
 * other protocol to the JDK.
 */
final class ClasspathUrlHandler extends URLStreamHandler {
    private final ClassLoader loader;

    private ClasspathUrlHandler(ClassLoader loader) {
        this.loader = loader;
    }

    static void install() {
        ClassLoader loader = EmbeddedServices.class.getClassLoader();
        // The JVM takes one factory; Tomcat insists on its own and lets others add theirs to it.
        TomcatURLStreamHandlerFactory.getInstance().addUserFactory(
                protocol -> "classpath".equals(protocol) ? new ClasspathUrlHandler(loader) : null);
    }

    /** Qpid's optional defaults file ({@code classpath:system.properties}) is absent: read it as empty. */
    private static final class Empty extends URLConnection {
        Empty(URL url) {
            super(url);
        }

        @Override
        public void connect() {
            connected = true;
        }

        @Override
        public java.io.InputStream getInputStream() {
            return java.io.InputStream.nullInputStream();
        }
    }

    @Override
    protected URLConnection openConnection(URL url) throws IOException {
        URL resource = loader.getResource(url.getPath());
        return resource != null ? resource.openConnection() : new Empty(url);
    }
}

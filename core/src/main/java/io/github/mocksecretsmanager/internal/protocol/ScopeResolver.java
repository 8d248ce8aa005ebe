package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.Scope;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The account and region a request acts in, from its SigV4 {@code Authorization} header: the region
 * of the credential scope ({@code Credential=AKID/20260101/eu-west-1/secretsmanager/aws4_request}),
 * and the access key id as the account when it is twelve digits (LocalStack's convention). A request
 * without a usable header acts in the default scope. Runs for every request: no regex, and the scope
 * of each credential prefix seen is cached.
 */
public final class ScopeResolver {

    private static final String CREDENTIAL = "Credential=";
    /** Enough for every client of a test run; beyond it scopes are still resolved, just not cached. */
    private static final int MAX_CACHED = 1024;

    private final Scope defaultScope;
    private final ConcurrentHashMap<String, Scope> byCredential = new ConcurrentHashMap<>();

    public ScopeResolver(Scope defaultScope) {
        this.defaultScope = defaultScope;
    }

    /** The default scope: unsigned requests act in it. */
    public Scope defaultScope() {
        return defaultScope;
    }

    /** The scope of a request with this {@code Authorization} header (or none). */
    public Scope resolve(@Nullable String authorization) {
        if (authorization == null) {
            return defaultScope;
        }
        int start = authorization.indexOf(CREDENTIAL);
        if (start < 0) {
            return defaultScope;
        }
        start += CREDENTIAL.length();
        int keyEnd = authorization.indexOf('/', start);
        int dateEnd = keyEnd < 0 ? -1 : authorization.indexOf('/', keyEnd + 1);
        int regionEnd = dateEnd < 0 ? -1 : authorization.indexOf('/', dateEnd + 1);
        if (regionEnd < 0) {
            return defaultScope;
        }
        String key = authorization.substring(start, regionEnd); // key id, date and region
        Scope cached = byCredential.get(key);
        if (cached != null) {
            return cached;
        }
        String accessKeyId = authorization.substring(start, keyEnd);
        String region = authorization.substring(dateEnd + 1, regionEnd);
        Scope scope = new Scope(
                Scope.isAccountId(accessKeyId) ? accessKeyId : defaultScope.accountId(),
                Scope.isRegion(region) ? region : defaultScope.region());
        if (byCredential.size() < MAX_CACHED) {
            byCredential.putIfAbsent(key, scope);
        }
        return scope;
    }
}

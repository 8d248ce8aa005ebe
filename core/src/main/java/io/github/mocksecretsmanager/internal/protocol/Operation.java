package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** One Secrets Manager action: reads its request members, calls the engine, writes the response object. */
public interface Operation {

    /**
     * @param request the request's members
     * @param response a generator positioned before the response object; write exactly one object
     */
    void invoke(RequestFields request, JsonGenerator response) throws IOException;
}

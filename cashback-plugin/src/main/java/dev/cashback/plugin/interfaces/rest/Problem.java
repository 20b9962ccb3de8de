package dev.cashback.plugin.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem document, the body of every error the API returns. */
final class Problem {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  static Response of(Response.Status status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status.getStatusCode());
    body.put("detail", detail);
    return Response.status(status).type(MEDIA_TYPE).entity(body).build();
  }
}

package org.forewarn.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the HTTP API the way a client would, as a given user. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final String remoteAddress;

    public Api(MockMvc mvc) {
        this(mvc, null);
    }

    private Api(MockMvc mvc, String remoteAddress) {
        this.mvc = mvc;
        this.remoteAddress = remoteAddress;
    }

    /**
     * Calls from this client address instead of MockMvc's 127.0.0.1, so that tests of sign-in
     * throttling count their failures apart from everyone else's.
     */
    public Api from(String address) {
        return new Api(mvc, address);
    }

    private MockHttpServletRequestBuilder fromAddress(MockHttpServletRequestBuilder request) {
        if (remoteAddress != null) {
            request.with(r -> {
                r.setRemoteAddr(remoteAddress);
                return r;
            });
        }
        return request;
    }

    public Caller as(String username) {
        return new Caller(username, TestUsers.PASSWORD);
    }

    public Caller as(String username, String password) {
        return new Caller(username, password);
    }

    public Caller anonymous() {
        return new Caller(null, null);
    }

    public final class Caller {
        private final String username;
        private final String password;

        Caller(String username, String password) {
            this.username = username;
            this.password = password;
        }

        /**
         * Every item of a paged list, following {@code next} to the end (500 at a time), as one array:
         * for tests that look for something anywhere in a list another test may have filled.
         */
        public tools.jackson.databind.JsonNode all(String path) {
            tools.jackson.databind.node.ArrayNode items = tools.jackson.databind.json.JsonMapper.builder().build()
                    .createArrayNode();
            String separator = path.contains("?") ? "&" : "?";
            String cursor = null;
            do {
                tools.jackson.databind.JsonNode page = get(path + separator + "limit=500"
                        + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
                page.get("items").forEach(items::add);
                cursor = page.get("next").isNull() ? null : page.get("next").asString();
            } while (cursor != null);
            return items;
        }

        public Response get(String path) {
            return call(HttpMethod.GET, path, null);
        }

        public Response get(String path, String headerName, String headerValue) {
            MockHttpServletRequestBuilder request = fromAddress(MockMvcRequestBuilders.get(path).header(headerName,
                    headerValue));
            if (username != null) {
                request.with(httpBasic(username, password));
            }
            try {
                return new Response(mvc.perform(request).andReturn());
            } catch (Exception e) {
                throw new IllegalStateException("GET " + path + " failed", e);
            }
        }

        public Response postText(String path, String contentType, String body) {
            return postText(path, contentType, body, "application/json, application/problem+json");
        }

        /** A POST of a text body, asking for {@code accept} (e.g. TAXII's media type). */
        public Response postText(String path, String contentType, String body, String accept) {
            MockHttpServletRequestBuilder request = fromAddress(MockMvcRequestBuilders.post(path)
                    .contentType(contentType).content(body).header("Accept", accept));
            if (username != null) {
                request.with(httpBasic(username, password));
            }
            try {
                return new Response(mvc.perform(request).andReturn());
            } catch (Exception e) {
                throw new IllegalStateException("POST " + path + " failed", e);
            }
        }

        public Response post(String path, Object body) {
            return call(HttpMethod.POST, path, body);
        }

        public Response put(String path, Object body) {
            return call(HttpMethod.PUT, path, body);
        }

        public Response delete(String path) {
            return call(HttpMethod.DELETE, path, null);
        }

        public Response call(HttpMethod method, String path, Object body) {
            MockHttpServletRequestBuilder request = fromAddress(MockMvcRequestBuilders.request(method, path)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            if (username != null) {
                request.with(httpBasic(username, password));
            }
            if (body != null) {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.contentType(MediaType.APPLICATION_JSON).content(text);
            }
            try {
                MvcResult result = mvc.perform(request).andReturn();
                return new Response(result);
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            }
        }
    }

    public static final class Response {
        private final MvcResult result;

        Response(MvcResult result) {
            this.result = result;
        }

        public int status() {
            return result.getResponse().getStatus();
        }

        public String contentType() {
            return result.getResponse().getContentType();
        }

        public String header(String name) {
            return result.getResponse().getHeader(name);
        }

        /** Status, every header and the body: to compare two answers in full. */
        public String whole() {
            StringBuilder all = new StringBuilder().append(status()).append('\n');
            for (String name : new java.util.TreeSet<>(result.getResponse().getHeaderNames())) {
                all.append(name).append(": ").append(result.getResponse().getHeaders(name)).append('\n');
            }
            return all.append('\n').append(body()).toString();
        }

        public byte[] bytes() {
            return result.getResponse().getContentAsByteArray();
        }

        public String body() {
            return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            String body = body();
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public String id() {
            return text("id");
        }

        /** Fails with the body in the message, so a failing test says why. */
        public Response expect(int status) {
            if (status() != status) {
                throw new AssertionError("Expected HTTP " + status + " but got " + status() + ": " + body());
            }
            return this;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}

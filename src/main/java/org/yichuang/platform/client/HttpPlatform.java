package org.yichuang.platform.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.net.ssl.SSLException;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.clerk.WorkList;
import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.domain.licence.ElectronicLicence;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Page;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.clerk.ClerkSession;
import org.yichuang.platform.Json;
import org.yichuang.usecase.port.ServicePlatform;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** The platform contract over HTTP/JSON with OkHttp and Jackson. */
public final class HttpPlatform implements ServicePlatform {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType PDF = MediaType.get("application/pdf");

    private final HttpUrl api;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final TypeFactory types;
    private final ReplyReader replies;
    private volatile String token;

    public HttpPlatform(URI baseUrl, OkHttpClient http) {
        this(baseUrl, http, org.yichuang.domain.cases.Regions.HALL_ZONE);
    }

    /** {@code hallZone}: every instant the platform sends is read into the hall's zone, whatever offset it wrote. */
    public HttpPlatform(URI baseUrl, OkHttpClient http, java.time.ZoneId hallZone) {
        this.json = Json.mapper(hallZone);
        this.types = json.getTypeFactory();
        this.replies = new ReplyReader(json);
        HttpUrl base = HttpUrl.get(baseUrl.toString());
        this.api = base.newBuilder().addPathSegments("api/v1").build();
        this.http = http;
    }

    public HttpPlatform(URI baseUrl) {
        this(baseUrl, ConnectionSettings.fromEnvironment(), org.yichuang.domain.cases.Regions.HALL_ZONE);
    }

    public HttpPlatform(URI baseUrl, java.time.ZoneId hallZone) {
        this(baseUrl, ConnectionSettings.fromEnvironment(), hallZone);
    }

    /** Through the proxy and with the roots {@code settings} name; instants read into {@code hallZone}. */
    public HttpPlatform(URI baseUrl, ConnectionSettings settings, java.time.ZoneId hallZone) {
        this(baseUrl, PlatformHttpClients.client(settings, Duration.ofSeconds(3), Duration.ofSeconds(15)), hallZone);
    }

    @Override
    public String health() {
        Map<String, String> reply = send(get(url("health")), types.constructMapType(Map.class, String.class, String.class));
        return reply.getOrDefault("name", "") + " " + reply.getOrDefault("version", "");
    }

    @Override
    public Page<ItemSummary> searchItems(String query, Audience audience, int page, int size) {
        HttpUrl.Builder url = url("catalogue/items").newBuilder().addQueryParameter("q", query == null ? "" : query)
                .addQueryParameter("page", Integer.toString(page)).addQueryParameter("size", Integer.toString(size));
        if (audience != null) {
            url.addQueryParameter("audience", audience.name());
        }
        return send(get(url.build()), types.constructParametricType(Page.class, ItemSummary.class));
    }

    @Override
    public ServiceItem item(String code) {
        return send(get(url("catalogue/items", code)), types.constructType(ServiceItem.class));
    }

    @Override
    public Page<BundleSummary> searchBundles(String query, int page, int size) {
        HttpUrl url = url("catalogue/bundles").newBuilder().addQueryParameter("q", query == null ? "" : query)
                .addQueryParameter("page", Integer.toString(page)).addQueryParameter("size", Integer.toString(size)).build();
        return send(get(url), types.constructParametricType(Page.class, BundleSummary.class));
    }

    @Override
    public BundleGuide bundle(String code) {
        return send(get(url("catalogue/bundles", code)), types.constructType(BundleGuide.class));
    }

    @Override
    public ClerkSession signIn(String username, char[] password) {
        Map<String, String> body = Map.of("username", username, "password", new String(password));
        ClerkSession session = send(post(url("auth/sign-in"), body).build(), types.constructType(ClerkSession.class));
        token = session.token();
        return session;
    }

    @Override
    public void signOut() {
        token = null;
    }

    @Override
    public CaseRecord submitCase(String idempotencyKey, CaseSubmission submission) {
        Request request = post(url("cases"), submission).header("Idempotency-Key", idempotencyKey).build();
        return send(authorised(request), types.constructType(CaseRecord.class));
    }

    @Override
    public CaseMaterial uploadMaterial(String caseNumber, String materialId, byte[] pdf) {
        Request request = new Request.Builder().url(url("cases", caseNumber, "materials", materialId))
                .put(RequestBody.create(pdf, PDF)).build();
        return send(authorised(request), types.constructType(CaseMaterial.class));
    }

    @Override
    public CaseRecord caseRecord(String caseNumber) {
        return send(authorised(get(url("cases", caseNumber))), types.constructType(CaseRecord.class));
    }

    @Override
    public List<CaseSummary> casesOf(String applicantIdNumber) {
        Request request = post(url("cases/query"), Map.of("applicantIdNumber", applicantIdNumber))
                .header(RetryInterceptor.SAFE_POST, "true").build();
        Page<CaseSummary> page = send(authorised(request), types.constructParametricType(Page.class, CaseSummary.class));
        return page.content();
    }

    @Override
    public CaseProgress progress(String caseNumber) {
        return send(get(url("cases", caseNumber, "progress")), types.constructType(CaseProgress.class));
    }

    private HttpUrl url(String path, String... segments) {
        HttpUrl.Builder builder = api.newBuilder().addPathSegments(path);
        for (String segment : segments) {
            if (segment == null || segment.isBlank() || segment.equals(".") || segment.equals("..")) {
                throw new PlatformException(Kind.INVALID_REQUEST, "not a valid identifier: '" + segment + "'");
            }
            builder.addPathSegment(segment); // encoded: a hostile code cannot escape the path
        }
        return builder.build();
    }

    private static Request get(HttpUrl url) {
        return new Request.Builder().url(url).get().header("Accept", "application/json").build();
    }

    private Request.Builder post(HttpUrl url, Object body) {
        try {
            return new Request.Builder().url(url).header("Accept", "application/json")
                    .post(RequestBody.create(json.writeValueAsBytes(body), JSON));
        } catch (IOException e) {
            throw new PlatformException(Kind.INVALID_REQUEST, "cannot encode request", List.of(), e);
        }
    }

    private Request authorised(Request request) {
        String current = token;
        if (current == null) {
            throw new PlatformException(Kind.UNAUTHORIZED, "not signed in");
        }
        return request.newBuilder().header("Authorization", "Bearer " + current).build();
    }

    private <T> T send(Request request, JavaType type) {
        try (Response response = http.newCall(request).execute()) {
            return replies.read(response, type);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static PlatformException failure(IOException e) {
        if (e instanceof InterruptedIOException) {
            return new PlatformException(Kind.TIMEOUT, "the platform did not answer in time", List.of(), e);
        }
        if (e instanceof SSLException tls && TlsFailures.isTls(tls)) {
            return TlsFailures.exception(tls);
        }
        return new PlatformException(Kind.UNREACHABLE, "the platform cannot be reached: " + e.getMessage(), List.of(), e);
    }

    @Override
    public PersonalProfile profile(String idNumber) {
        Request request = post(url("profiles/lookup"), Map.of("idNumber", idNumber)).header(RetryInterceptor.SAFE_POST, "true").build();
        return send(authorised(request), types.constructType(PersonalProfile.class));
    }

    @Override
    public List<ElectronicLicence> licences(String holderId) {
        Request request = post(url("licences/search"), Map.of("holderId", holderId)).header(RetryInterceptor.SAFE_POST, "true").build();
        Page<ElectronicLicence> page = send(authorised(request), types.constructParametricType(Page.class, ElectronicLicence.class));
        return page.content();
    }

    @Override
    public byte[] licenceFile(String licenceNumber) {
        Request request = new Request.Builder().url(url("licences", licenceNumber, "file")).get()
                .header("Accept", "application/pdf").build();
        try (Response response = http.newCall(authorised(request)).execute()) {
            return replies.readPdf(response);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void evaluate(Evaluation evaluation) {
        // not retried: a rating that timed out is sent again by the applicant, and a duplicate is refused (409)
        send(authorised(post(url("evaluations"), evaluation).build()), types.constructMapType(Map.class, String.class, Object.class));
    }

    @Override
    public WorkList workOf(LocalDate day) {
        HttpUrl url = url("clerk/work").newBuilder().addQueryParameter("date", day.toString()).build();
        return send(authorised(get(url)), types.constructType(WorkList.class));
    }
}

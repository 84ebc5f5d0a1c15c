package org.yichuang.device.print;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal IPP/1.1 client (RFC 8010/8011) for the local CUPS scheduler: printer attributes, jobs, cancel. Only what
 * the printer adapter reads; values are Integer, Boolean or String (ADR 0020).
 */
final class IppClient {
    /** One attribute group of a response (the printer's, or one job's): names to their values. */
    record Group(int tag, Map<String, List<Object>> attributes) {
        Object first(String name) {
            List<Object> values = attributes.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        int integer(String name, int otherwise) {
            return first(name) instanceof Integer i ? i : otherwise;
        }

        String text(String name) {
            return first(name) instanceof String s ? s : "";
        }

        List<String> texts(String name) {
            return attributes.getOrDefault(name, List.of()).stream().map(String::valueOf).toList();
        }
    }

    static final int GET_JOBS = 0x000A;
    static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    static final int CANCEL_JOB = 0x0008;
    static final int PRINTER_GROUP = 0x04;
    static final int JOB_GROUP = 0x02;

    private final String server;
    private final HttpClient http;
    private int requestId;

    /** {@code server} is host:port of the scheduler, e.g. localhost:631. */
    IppClient(String server) {
        this.server = server;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** The scheduler the CUPS tools use: $CUPS_SERVER when it names a host, else localhost:631. */
    static IppClient local() {
        String env = System.getenv("CUPS_SERVER");
        if (env == null || env.isBlank() || env.startsWith("/")) {
            return new IppClient("localhost:631");
        }
        return new IppClient(env.contains(":") ? env : env + ":631");
    }

    private String printerUri(String printer) {
        return "ipp://" + server + "/printers/" + URLEncoder.encode(printer, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Group printer(String printer, String... names) throws IOException {
        return send(printer, GET_PRINTER_ATTRIBUTES, Map.of("requested-attributes", List.of((Object[]) names)))
                .stream().filter(g -> g.tag() == PRINTER_GROUP).findFirst()
                .orElseThrow(() -> new IOException("no printer attributes for " + printer));
    }

    /** The queue's jobs, {@code which} being "all", "completed" or "not-completed". */
    List<Group> jobs(String printer, String which, String... names) throws IOException {
        Map<String, List<Object>> ops = new LinkedHashMap<>();
        ops.put("which-jobs", List.of(which));
        ops.put("requested-attributes", List.of((Object[]) names));
        return send(printer, GET_JOBS, ops).stream().filter(g -> g.tag() == JOB_GROUP).toList();
    }

    void cancel(String printer, int jobId) throws IOException {
        send(printer, CANCEL_JOB, Map.of("job-id", List.of(jobId)));
    }

    private synchronized int nextId() {
        return ++requestId;
    }

    private List<Group> send(String printer, int operation, Map<String, List<Object>> extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0101);
        out.writeShort(operation);
        out.writeInt(nextId());
        out.writeByte(0x01);
        write(out, 0x47, "attributes-charset", List.of("utf-8"));
        write(out, 0x48, "attributes-natural-language", List.of("en"));
        write(out, 0x45, "printer-uri", List.of(printerUri(printer)));
        write(out, 0x42, "requesting-user-name", List.of(System.getProperty("user.name", "anonymous")));
        for (var e : extra.entrySet()) {
            write(out, e.getValue().getFirst() instanceof Integer ? 0x21 : 0x44, e.getKey(), e.getValue());
        }
        out.writeByte(0x03);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + server + "/printers/"
                        + URLEncoder.encode(printer, StandardCharsets.UTF_8).replace("+", "%20")))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("IPP over HTTP answered " + response.statusCode());
        }
        return parse(response.body());
    }

    private static void write(DataOutputStream out, int tag, String name, List<Object> values) throws IOException {
        boolean first = true;
        for (Object v : values) {
            out.writeByte(tag);
            byte[] n = first ? name.getBytes(StandardCharsets.UTF_8) : new byte[0];
            out.writeShort(n.length);
            out.write(n);
            if (v instanceof Integer i) {
                out.writeShort(4);
                out.writeInt(i);
            } else {
                byte[] b = String.valueOf(v).getBytes(StandardCharsets.UTF_8);
                out.writeShort(b.length);
                out.write(b);
            }
            first = false;
        }
    }

    /** Decodes a response; throws when the status is an error (0x0400 and above). */
    static List<Group> parse(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body));
        in.readShort();
        int status = in.readUnsignedShort();
        in.readInt();
        List<Group> groups = new ArrayList<>();
        Map<String, List<Object>> current = null;
        String last = null;
        try {
            while (true) {
                int tag = in.readUnsignedByte();
                if (tag == 0x03) {
                    break;
                }
                if (tag < 0x10) {
                    current = new LinkedHashMap<>();
                    groups.add(new Group(tag, current));
                    continue;
                }
                byte[] name = new byte[in.readUnsignedShort()];
                in.readFully(name);
                byte[] value = new byte[in.readUnsignedShort()];
                in.readFully(value);
                if (name.length > 0) {
                    last = new String(name, StandardCharsets.UTF_8);
                }
                if (current != null && last != null) {
                    current.computeIfAbsent(last, k -> new ArrayList<>()).add(decode(tag, value));
                }
            }
        } catch (EOFException e) {
            throw new IOException("truncated IPP response", e);
        }
        if (status >= 0x0400) {
            throw new IOException("IPP status 0x" + Integer.toHexString(status));
        }
        return groups;
    }

    private static Object decode(int tag, byte[] value) {
        return switch (tag) {
            case 0x21, 0x23 -> value.length == 4 ? ((value[0] & 0xFF) << 24 | (value[1] & 0xFF) << 16
                    | (value[2] & 0xFF) << 8 | (value[3] & 0xFF)) : 0;
            case 0x22 -> value.length == 1 && value[0] != 0;
            default -> new String(value, StandardCharsets.UTF_8);
        };
    }
}

#!/bin/sh
# Public documents benchmark: how fast Forewarn serves its public alert documents (the current
# Atom feed, the archive feed, a CAP document, an alert's page, and each answered 304 to a
# conditional GET) compared, in the same run, with
#   - a static file of exactly the same size served by the same Forewarn process (through the same
#     Spring stack: Tomcat, the security filter chain, Spring MVC's resource handler), and
#   - Debian's nginx serving the very same bytes, fetched from Forewarn, from a directory.
# Forewarn runs from target/forewarn.jar with --demo (its own embedded PostgreSQL, a fresh data
# directory), plus one current alert published through the API the way a consular officer would,
# so that the current feed is not empty. Load comes from wrk (-t2 -c32 by default). Prints a table
# and adds the run to bench/RESULTS.md.
#
#   bench/public-feed/run.sh            # uses target/forewarn.jar, builds it if missing
#   REBUILD=1 bench/public-feed/run.sh  # builds it first
#   JAR=/path/other.jar ROUNDS=3 DURATION=10s CONNECTIONS=32 bench/public-feed/run.sh
#
# Everything listens on 127.0.0.1 only; nothing is downloaded at run time (Maven runs offline).
# It needs java, curl, wrk, nginx (apt-get install -y wrk nginx-light) and python3.
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
JAR=${JAR:-target/forewarn.jar}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RESULTS=${RESULTS:-bench/RESULTS.md}
case $RESULTS in /*) ;; *) RESULTS=$ROOT/$RESULTS ;; esac

for tool in java curl wrk nginx python3; do
    command -v $tool >/dev/null 2>&1 || { echo "needs $tool (apt-get install -y wrk nginx-light)" >&2; exit 2; }
done
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
    ./mvnw -q -o package -DskipTests
fi

WORK=$(mktemp -d /tmp/forewarn-public-feed.XXXXXX)
chmod 755 "$WORK"
APP_PID=
NGINX_PID=
cleanup() {
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    mkdir -p target/bench-public-feed
    cp "$WORK/forewarn.log" "$WORK/summary.txt" target/bench-public-feed/ 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free port below the ephemeral range (which other programs' outgoing connections draw from).
free_port() {
    python3 -c '
import random, socket
for _ in range(200):
    port = random.randint(20000, 32000)
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port)); print(port); break
    except OSError:
        pass
    finally:
        s.close()'
}
mkdir -p "$WORK/static/css/bench" "$WORK/www/alerts" "$WORK/nginx"
# The demo is loaded (once per data directory) after the server starts; it says when it is ready.
# Should another program take the port meanwhile, it starts again on another.
for attempt in 1 2 3; do
    APP_PORT=$(free_port)
    APP=http://127.0.0.1:$APP_PORT
    echo "Starting Forewarn (--demo) on 127.0.0.1:$APP_PORT ..."
    java -jar "$JAR" --demo --server.address=127.0.0.1 --server.port="$APP_PORT" \
        --forewarn.data-dir="$WORK/data" \
        --spring.web.resources.static-locations="classpath:/static/,file:$WORK/static/" \
        >"$WORK/forewarn.log" 2>&1 &
    APP_PID=$!
    i=0
    until grep -q "Forewarn demo is running" "$WORK/forewarn.log" && curl -fs -o /dev/null "$APP/alerts.atom"; do
        i=$((i + 1))
        if [ $i -gt 300 ] || ! kill -0 "$APP_PID" 2>/dev/null; then
            break
        fi
        sleep 1
    done
    kill -0 "$APP_PID" 2>/dev/null && [ $i -le 300 ] && break
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    if [ $attempt = 3 ] || ! grep -q "already in use" "$WORK/forewarn.log"; then
        echo "Forewarn did not start; its log:" >&2; tail -40 "$WORK/forewarn.log" >&2; exit 1
    fi
done
NGINX_PORT=$(free_port)
NGX=http://127.0.0.1:$NGINX_PORT

# One current alert (the demo's are from March 2024 and have expired), English and Russian like the demo's.
ID=$(curl -fs -u consular:forewarn-demo -H 'Content-Type: application/json' "$APP/api/v1/alerts" -d '{
  "sender": "U.S. Embassy Moscow",
  "headline": "Security Alert: avoid large gatherings in Moscow",
  "event": "Threat of terrorist attack on large gatherings",
  "description": "The Embassy is monitoring reports that extremists have imminent plans to attack large gatherings in Moscow, to include concerts.",
  "instruction": "Avoid large gatherings over the next 48 hours. Monitor local media for updates. Be aware of your surroundings.",
  "assistance": "U.S. Embassy Moscow, +7 (495) 728-5000",
  "severity": "Severe", "urgency": "Immediate", "certainty": "Likely",
  "area": {"description": "Moscow and Moscow Oblast",
           "polygon": [[55.49,37.3],[55.49,37.95],[55.96,37.95],[55.96,37.3],[55.49,37.3]]},
  "timeZone": "Europe/Moscow",
  "languages": [{"language": "ru", "headline": "Предупреждение о безопасности",
                 "description": "Посольство располагает сведениями о планах экстремистов атаковать массовые мероприятия в Москве, включая концерты.",
                 "instruction": "Избегайте массовых мероприятий в ближайшие 48 часов."}]
}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -fs -o /dev/null -u consular:forewarn-demo -X POST "$APP/api/v1/alerts/$ID/publish"

# The documents as Forewarn serves them; nginx serves the same bytes under the same paths, and
# Forewarn a static file of the same bytes (so of the same size) under /css/bench/.
NAMES="current archive cap page"
path_of() {
    case $1 in
        current) echo /alerts.atom ;;
        archive) echo /alerts/archive.atom ;;
        cap) echo "/alerts/$ID.cap" ;;
        page) echo "/alerts/$ID" ;;
    esac
}
for name in $NAMES; do
    p=$(path_of $name)
    curl -fs -D "$WORK/$name.headers" -o "$WORK/www$p" "$APP$p"
    cp "$WORK/www$p" "$WORK/static/css/bench/$name.txt"
done
chmod -R a+rX "$WORK/www"

cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    types { application/atom+xml atom; application/cap+xml cap; }
    default_type text/html;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>>"$WORK/nginx/error.log" &
NGINX_PID=$!
i=0
until curl -fs -o /dev/null "$NGX/alerts.atom"; do
    i=$((i + 1)); [ $i -gt 30 ] && { echo "nginx did not start" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }
    sleep 0.2
done
for name in $NAMES; do
    p=$(path_of $name)
    curl -fs "$NGX$p" | cmp -s - "$WORK/www$p" || { echo "nginx does not serve the same bytes for $p" >&2; exit 1; }
    curl -fs "$APP/css/bench/$name.txt" | cmp -s - "$WORK/www$p" || { echo "static copy of $p differs" >&2; exit 1; }
done

# CPU time (user + system, clock ticks) used so far by a server: Forewarn is the JVM plus its
# PostgreSQL (every process of it), nginx its master and workers. On a machine shared with other
# work, the CPU a server spends per request is a steadier figure than its rate.
TICK_US=$((1000000 / $(getconf CLK_TCK)))
server_pids() {
    if [ "$1" = nginx ]; then
        echo "$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
    else
        pg=$(pgrep -f -- "-D $WORK/data/postgres" | head -1)
        echo "$APP_PID $pg $( [ -n "$pg" ] && pgrep -P "$pg" | tr '\n' ' ')"
    fi
}
ticks() {
    for pid in $(server_pids "$1"); do cat "/proc/$pid/stat" 2>/dev/null; done | awk '{t += $14 + $15} END {print t + 0}'
}

# One wrk run: "rate cpu-us-per-request", the rate marked "!" if wrk saw errors or unexpected statuses.
measure() { # server url [header]
    server=$1; url=$2; shift 2
    before=$(ticks "$server")
    if [ $# -gt 0 ]; then out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "$1" "$url"); else
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$url"); fi
    after=$(ticks "$server")
    r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    bad=$(echo "$out" | awk '/Non-2xx or 3xx/ {print $5} /Socket errors/ {print "errors"}')
    echo "${r}${bad:+!} $(( (after - before) * TICK_US / (n > 0 ? n : 1) ))"
}

echo "Warming up ..."
for name in $NAMES; do
    p=$(path_of $name)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$APP$p" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$APP/css/bench/$name.txt" >/dev/null
done

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$WORK/rates"
round=1
while [ $round -le "$ROUNDS" ]; do
    for name in $NAMES; do
        p=$(path_of $name)
        etag=$(awk 'tolower($1) == "etag:" {print $2}' "$WORK/$name.headers" | tr -d '\r')
        static=$(measure forewarn "$APP/css/bench/$name.txt")
        doc=$(measure forewarn "$APP$p")
        not_modified=$(measure forewarn "$APP$p" "If-None-Match: $etag")
        ngx=$(measure nginx "$NGX$p")
        echo "$round $name $doc $static $ngx $not_modified" | tee -a "$WORK/rates"
    done
    round=$((round + 1))
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# Median over the rounds of each figure and of each round's ratios (neighbouring runs are compared,
# as the load other processes put on the machine drifts).
python3 - "$WORK" "$RESULTS" "$ID" "$DURATION" "$CONNECTIONS" "$THREADS" "$ROUNDS" "$LOAD_BEFORE" \
    "$LOAD_AFTER" "$JAR" <<'EOF'
import datetime, os, platform, re, statistics, subprocess, sys
work, results, alert, duration, connections, threads, rounds, load_before, load_after, jar = sys.argv[1:11]
paths = {"current": "/alerts.atom", "archive": "/alerts/archive.atom", "cap": "/alerts/{id}.cap",
         "page": "/alerts/{id}"}
files = {"current": "www/alerts.atom", "archive": "www/alerts/archive.atom", "cap": f"www/alerts/{alert}.cap",
         "page": f"www/alerts/{alert}"}
runs = {}
marked = False
for line in open(os.path.join(work, "rates")):
    rnd, name, *figures = line.split()
    marked |= any(f.endswith("!") for f in figures)
    runs.setdefault(name, []).append([float(f.rstrip("!") or 0) for f in figures])
def med(xs): return statistics.median(xs)
def per(a, b): return a / b if b else float("nan")
rows = []
passed = True
# Each run: doc rate, doc CPU, static rate, static CPU, nginx rate, nginx CPU, 304 rate, 304 CPU.
for name in paths:
    r = runs[name]
    doc, doc_cpu, static, static_cpu, ngx, ngx_cpu, nm, nm_cpu = (med([x[i] for x in r]) for i in range(8))
    to_static = med([per(x[0], x[2]) for x in r])
    cpu_to_static = med([per(x[3], x[1]) for x in r])
    to_nginx = med([per(x[0], x[4]) for x in r])
    nm_to_static = med([per(x[6], x[2]) for x in r])
    size = os.path.getsize(os.path.join(work, files[name]))
    ok = to_static >= 0.8
    passed &= ok
    rows.append(f"| `{paths[name]}` | {size:,} B | {doc:,.0f} | {static:,.0f} | **{to_static:.2f}** "
                f"{'(>= 0.80)' if ok else '(< 0.80!)'} | {cpu_to_static:.2f} | {ngx:,.0f} | {to_nginx:.3f} | "
                f"{nm:,.0f} | {nm_to_static:.2f} | {doc_cpu:.0f} / {static_cpu:.0f} / {nm_cpu:.0f} / {ngx_cpu:.0f} |")
header = ("| document | size | Forewarn req/s | same-size static file, same process, req/s | doc / static | "
          "doc / static by CPU per request | nginx, same bytes, req/s | doc / nginx | 304 to If-None-Match, req/s | "
          "304 / static | server CPU us per request: doc / static / 304 / nginx |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
def version(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
        return (p.stdout + p.stderr).strip().splitlines()[0]
    except Exception:
        return "?"
java = version(["java", "-version"])
nginx = version(["nginx", "-v"]).replace("nginx version: ", "")
wrk = version(["wrk", "--version"]).split(" Copyright")[0]
when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
setup = (f"wrk -t{threads} -c{connections} -d{duration} per figure, {rounds} round(s), median; {os.cpu_count()} cores; "
         f"load average {load_before} before, {load_after} after; {java}; {nginx}; {wrk}; jar `{jar}`")
table = header + "\n" + "\n".join(rows)
summary = f"{table}\n\n{setup}" + ("\n\n(!) some runs had errors or unexpected statuses: see the raw figures"
                                     if marked else "")
raw = "\n".join("    " + l.rstrip() for l in open(os.path.join(work, "rates")))
print()
print(summary)
print()
print("round document, then rate and CPU us per request of: Forewarn doc, static, nginx, 304")
print(raw)
print()
print("goal: each document >= 0.80 of the same-size static file:", "met" if passed else "NOT met")
open(os.path.join(work, "summary.txt"), "w").write(summary + "\n\n" + raw + "\n")

section = "## Public documents (`bench/public-feed/run.sh`)"
intro = section + """

What it does: starts `target/forewarn.jar --demo` (embedded PostgreSQL, fresh data directory) on
127.0.0.1, publishes one current alert through the API (English and Russian, like the demo's) so
that the current feed is not empty, fetches the four public documents, and then measures with
`wrk` in the same run, neighbouring runs compared:
- the document from Forewarn;
- a static file of exactly the same bytes (so the same size) served by the same Forewarn process
  from an extra static location (`/css/bench/...`, through the same Tomcat, security filter chain
  and Spring MVC) — the goal is each document at **>= 80 %** of this rate;
- the same bytes from Debian's nginx (a directory, `sendfile`, default keep-alive) — the
  wire-speed reference;
- the document again with `If-None-Match` carrying its ETag (answered 304);
- for each run, the CPU time the server used per request (Forewarn: the JVM and every process of
  its PostgreSQL; nginx: master and workers). On a machine shared with other work this is a
  steadier figure than the rate: "doc / static by CPU" is the rate ratio the two would show alone
  on the machine, as far as they are bound by CPU.
Tomcat closes a keep-alive connection every 100 requests (its default), nginx every 1,000; both
sides of the 80 % comparison are Forewarn's. Everything shares the machine's cores with wrk — and,
on a shared machine, with whatever else runs: the load average is recorded with each run.
"""
run = f"\n#### {when} — alert {alert}\n\n{summary}\n\nRaw figures (round, document, then req/s and server CPU us per request of: the document, the static file, nginx, the 304):\n\n{raw}\n"
text = open(results).read() if os.path.exists(results) else "# Benchmark results\n"
if section not in text:
    text = text.rstrip("\n") + "\n\n" + intro
start = text.index(section)
following = text.find("\n## ", start + len(section))
end = following if following >= 0 else len(text)
text = text[:end].rstrip("\n") + "\n" + run + text[end:]
open(results, "w").write(text if text.endswith("\n") else text + "\n")
print("added to", results)
EOF

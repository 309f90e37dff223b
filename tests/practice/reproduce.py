#!/usr/bin/env python3
"""Reproduces every "In practice" claim of the catalogue against the real servers.

Starts nginx, Apache httpd, a Flask application and Python's http.server on
127.0.0.1 (free ports, a temporary directory, minimal configurations written
here), makes each situation happen, and checks that the server answered with
the claim's code and wrote the log line the catalogue quotes (times, process
ids, ports and the temporary directory being the parts that vary). It also
checks that the catalogue's server versions are the ones running, that every
claim names a case that exists here and every case is cited, and finally
feeds the logs the servers wrote to `status-codex explain`.

Usage: reproduce.py --catalogue FILE [--explain PROGRAM] [--record]
--record prints what each case produced (to write the catalogue's quotes).
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

ROOT_SHOWN = "/srv/www"  # the temporary directory as the catalogue quotes it
PYTHON = "/usr/bin/python3"  # Debian's, which has Debian's python3-flask
DEADLINE = 5.0
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
APACHE = shutil.which("apache2") or "/usr/sbin/apache2"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, what):
    end = time.monotonic() + 10
    while time.monotonic() < end:
        if process.poll() is not None:
            raise SystemExit(f"{what} exited at start-up with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"{what} did not listen on 127.0.0.1:{port} within 10 s")


LAST_ANSWER = [b""]


def raw(port, data, *, read=True, timeout=DEADLINE, close_after=None, tls=None):
    """Sends bytes, returns the status code of the answer (0 when none)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    LAST_ANSWER[0] = b""
    try:
        if tls is not None:
            sock = tls.wrap_socket(sock, server_hostname="localhost")
        sock.sendall(data)
        if close_after is not None:
            time.sleep(close_after)
            return 0
        if not read:
            return 0
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except (ConnectionResetError, socket.timeout):
            pass
        sock.settimeout(0.3)  # the rest of the answer, without waiting for a kept-alive connection
        try:
            while len(answer) < 65536:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except (OSError, socket.timeout):
            pass
        LAST_ANSWER[0] = answer
        m = re.match(rb"HTTP/\d(?:\.\d)? (\d{3})", answer)
        return int(m.group(1)) if m else 0
    finally:
        sock.close()


def get(port, path, method="GET", headers=(), body=b"", **kw):
    head = f"{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
    for h in headers:
        head += h + "\r\n"
    if body:
        head += f"Content-Length: {len(body)}\r\n"
    return raw(port, head.encode() + b"\r\n" + body, **kw)


class Backends:
    """Upstreams for the proxies: one that closes at once, one too slow."""

    def __init__(self):
        self.closing = socket.socket()
        self.closing.bind(("127.0.0.1", 0))
        self.closing.listen(16)
        self.slow = socket.socket()
        self.slow.bind(("127.0.0.1", 0))
        self.slow.listen(16)
        self.refused = free_port()  # nothing listens there
        self.stop = False
        self.held = []
        threading.Thread(target=self._close, daemon=True).start()
        threading.Thread(target=self._hold, daemon=True).start()

    def _close(self):
        while not self.stop:
            try:
                conn, _ = self.closing.accept()
                conn.recv(65536)
                conn.close()
            except OSError:
                return

    def _hold(self):
        while not self.stop:
            try:
                conn, _ = self.slow.accept()
                self.held.append(conn)  # answers nothing, closes nothing
            except OSError:
                return

    def close(self):
        self.stop = True
        for s in [self.closing, self.slow] + self.held:
            s.close()


class Server:
    """A server process with its logs; lines written since mark() by log()."""

    def __init__(self, name, directory):
        self.name = name
        self.dir = directory
        self.process = None
        self.logs = {}
        self.offsets = {}

    def mark(self):
        for kind, path in self.logs.items():
            self.offsets[kind] = os.path.getsize(path) if os.path.exists(path) else 0

    def lines(self, kind, wait=0.0):
        path = self.logs[kind]
        end = time.monotonic() + max(wait, 0.3)
        while True:
            text = ""
            if os.path.exists(path):
                with open(path, "rb") as f:
                    f.seek(self.offsets.get(kind, 0))
                    text = f.read().decode("utf-8", "replace")
            if text or time.monotonic() > end:
                return [l for l in text.splitlines() if l.strip()]
            time.sleep(0.05)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def make_certs(d):
    def run(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=30)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
        "-keyout", f"{d}/server.key", "-out", f"{d}/server.crt")
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=stranger",
        "-keyout", f"{d}/stranger.key", "-out", f"{d}/stranger.crt")


def start_nginx(base, backends):
    d = os.path.join(base, "nginx")
    www = os.path.join(d, "www")
    os.makedirs(os.path.join(www, "dir"))
    os.makedirs(os.path.join(www, "docs"))
    with open(os.path.join(www, "index.html"), "w") as f:
        f.write("hello\n")
    with open(os.path.join(www, "docs", "index.html"), "w") as f:
        f.write("docs\n")
    with open(os.path.join(d, "htpasswd"), "w") as f:
        f.write("alice:{PLAIN}secret\n")
    make_certs(d)
    port, tls_port, mtls_port = free_port(), free_port(), free_port()
    conf = f"""
daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    limit_req_zone $binary_remote_addr zone=slowly:1m rate=1r/m;
    limit_req_zone $binary_remote_addr zone=politely:1m rate=1r/m;
    server {{
        listen 127.0.0.1:{port};
        root {www};
        location /down/ {{ proxy_pass http://127.0.0.1:{backends.refused}; }}
        location /hangup/ {{ proxy_pass http://127.0.0.1:{backends.closing.getsockname()[1]}; }}
        location /slow/ {{ proxy_pass http://127.0.0.1:{backends.slow.getsockname()[1]}; proxy_read_timeout 1s; }}
        location /waiting/ {{ proxy_pass http://127.0.0.1:{backends.slow.getsockname()[1]}; }}
        location /loop {{ rewrite ^ /loop last; }}
        location /limited {{ limit_req zone=slowly; }}
        location /polite {{ limit_req zone=politely; limit_req_status 429; }}
        location /upload {{ client_body_timeout 1s; proxy_pass http://127.0.0.1:{backends.refused}; }}
        location /private/ {{ auth_basic "staff"; auth_basic_user_file {d}/htpasswd; }}
        location = /old {{ return 301 /new; }}
        location = /found {{ return 302 /elsewhere; }}
        location = /temporary {{ return 307 /elsewhere; }}
        location = /moved {{ return 308 /new; }}
    }}
    server {{
        listen 127.0.0.1:{tls_port} ssl;
        ssl_certificate {d}/server.crt;
        ssl_certificate_key {d}/server.key;
        root {www};
    }}
    server {{
        listen 127.0.0.1:{mtls_port} ssl;
        ssl_certificate {d}/server.crt;
        ssl_certificate_key {d}/server.key;
        ssl_client_certificate {d}/server.crt;
        ssl_verify_client on;
        root {www};
    }}
}}
"""
    with open(os.path.join(d, "nginx.conf"), "w") as f:
        f.write(conf)
    server = Server("nginx", d)
    server.logs = {"error": f"{d}/error.log", "access": f"{d}/access.log"}
    server.process = subprocess.Popen([NGINX, "-p", d, "-c", f"{d}/nginx.conf", "-e", f"{d}/error.log"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, server.process, "nginx")
    server.port, server.tls_port, server.mtls_port = port, tls_port, mtls_port
    return server


def nginx_tls_client(d, cert=None):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    if cert:
        context.load_cert_chain(f"{d}/{cert}.crt", f"{d}/{cert}.key")
    return context


APACHE_MODULES = ["mpm_event", "authz_core", "authn_core", "authn_file", "auth_basic", "authz_user", "dir",
                  "mime", "rewrite", "alias", "proxy", "proxy_http", "reqtimeout"]


def start_apache(base, backends):
    d = os.path.join(base, "apache")
    www = os.path.join(d, "www")
    os.makedirs(os.path.join(www, "closed"))
    os.makedirs(os.path.join(www, "dir"))
    with open(os.path.join(www, "index.html"), "w") as f:
        f.write("hello\n")
    subprocess.run(["htpasswd", "-bc", f"{d}/htpasswd", "alice", "secret"], check=True, capture_output=True, timeout=10)
    port = free_port()
    modules = "\n".join(f"LoadModule {m}_module /usr/lib/apache2/modules/mod_{m}.so" for m in APACHE_MODULES)
    user = "User nobody\nGroup nogroup\n" if os.geteuid() == 0 else ""
    conf = f"""
ServerRoot {d}
{modules}
{user}Listen 127.0.0.1:{port}
ServerName localhost
PidFile {d}/httpd.pid
Mutex file:{d} default
ErrorLog {d}/error.log
LogLevel info
LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{{Referer}}i\\" \\"%{{User-agent}}i\\"" combined
CustomLog {d}/access.log combined
TypesConfig /etc/mime.types
DocumentRoot {www}
RequestReadTimeout header=1 body=1
LimitRequestBody 1024
<Directory {www}>
    Require all granted
    RewriteEngine on
    RewriteRule ^loop(.*)$ /loop/x$1 [L]
</Directory>
<Directory {www}/closed>
    Require all denied
</Directory>
<Location /private>
    AuthType Basic
    AuthName staff
    AuthUserFile {d}/htpasswd
    Require valid-user
</Location>
ProxyPass /down/ http://127.0.0.1:{backends.refused}/
ProxyPass /hangup/ http://127.0.0.1:{backends.closing.getsockname()[1]}/
ProxyPass /slow/ http://127.0.0.1:{backends.slow.getsockname()[1]}/ timeout=1
Redirect 301 /old /new
Redirect 302 /found /elsewhere
Redirect 307 /temporary /elsewhere
Redirect 308 /moved /new
"""
    with open(os.path.join(d, "httpd.conf"), "w") as f:
        f.write(conf)
    os.chmod(base, 0o755)
    for root, dirs, files in os.walk(d):
        for x in dirs:
            os.chmod(os.path.join(root, x), 0o755)
        for x in files:
            os.chmod(os.path.join(root, x), 0o644)
    server = Server("apache", d)
    server.logs = {"error": f"{d}/error.log", "access": f"{d}/access.log"}
    server.process = subprocess.Popen([APACHE, "-f", f"{d}/httpd.conf", "-DFOREGROUND"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, server.process, "Apache httpd")
    server.port = port
    return server


FLASK_APP = r'''
import logging, sys
from flask import Flask, request
from werkzeug.serving import make_server
app = Flask("practice")
app.config["MAX_CONTENT_LENGTH"] = 1024
@app.route("/only-get")
def only_get():
    return "ok"
@app.route("/boom")
def boom():
    raise RuntimeError("boom")
@app.route("/form", methods=["POST"])
def form():
    return request.form["name"]
@app.route("/json", methods=["POST"])
def json_body():
    return str(request.get_json())
logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(message)s")
make_server("127.0.0.1", int(sys.argv[1]), app, threaded=True).serve_forever()
'''


def start_python(base, kind):
    d = os.path.join(base, kind)
    www = os.path.join(d, "www")
    os.makedirs(os.path.join(www, "docs"))
    port = free_port()
    log = open(os.path.join(d, "server.log"), "w")
    if kind == "flask":
        with open(os.path.join(d, "app.py"), "w") as f:
            f.write(FLASK_APP)
        args = [PYTHON, os.path.join(d, "app.py"), str(port)]
    else:
        args = [PYTHON, "-m", "http.server", "--bind", "127.0.0.1", "--directory", www, str(port)]
    server = Server(kind, d)
    server.logs = {"log": os.path.join(d, "server.log")}
    server.process = subprocess.Popen(args, stdout=log, stderr=log, cwd=d, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    log.close()
    wait_for_port(port, server.process, kind)
    server.port = port
    return server


# Each case: server, how to make it happen (returns the status code seen),
# the log it is quoted from and a pattern picking the line.
def long_header(n):
    return ["X-Long: " + "a" * n]


CASES = {
    # nginx
    "nginx-body-too-large": ("nginx", lambda s: raw(s.port, b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000\r\n\r\n"), "error", r"too large body"),
    "nginx-upstream-refused": ("nginx", lambda s: get(s.port, "/down/x"), "error", r"Connection refused"),
    "nginx-upstream-closed": ("nginx", lambda s: get(s.port, "/hangup/x"), "error", r"prematurely closed"),
    "nginx-upstream-timeout": ("nginx", lambda s: get(s.port, "/slow/x"), "error", r"upstream timed out"),
    # nginx's own codes 494 to 497 name the situation for error_page; the
    # client gets 400 with a page that says which, and the access log says 400.
    "nginx-header-too-large": ("nginx", lambda s: get(s.port, "/", headers=long_header(9000)), "error", r"too long header line",
                               {"sent": 400, "page": "Request Header Or Cookie Too Large", "access": 400}),
    "nginx-uri-too-long": ("nginx", lambda s: get(s.port, "/" + "a" * 9000), "error", r"too long URI"),
    "nginx-client-closed": ("nginx", lambda s: get(s.port, "/waiting/x", close_after=0.5), "access", r'" 499 ', {"sent": 0}),
    "nginx-post-static": ("nginx", lambda s: get(s.port, "/index.html", method="POST", body=b"x=1"), "access", r'" 405 '),
    "nginx-directory-index": ("nginx", lambda s: get(s.port, "/dir/"), "error", r"directory index"),
    "nginx-not-found": ("nginx", lambda s: get(s.port, "/missing.html"), "error", r"No such file"),
    "nginx-directory-slash": ("nginx", lambda s: get(s.port, "/docs"), "access", r'" 301 '),
    "nginx-rewrite-loop": ("nginx", lambda s: get(s.port, "/loop"), "error", r"redirection cycle"),
    "nginx-limit-req": ("nginx", lambda s: [get(s.port, "/limited") for _ in range(2)][-1], "error", r"limiting requests"),
    "nginx-limit-req-429": ("nginx", lambda s: [get(s.port, "/polite") for _ in range(2)][-1], "error", r"limiting requests"),
    "nginx-body-timeout": ("nginx", lambda s: raw(s.port, b"POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n"), "access", r'" 408 ', {"sent": 0}),
    "nginx-auth-mismatch": ("nginx", lambda s: get(s.port, "/private/", headers=["Authorization: Basic YWxpY2U6d3Jvbmc="]), "error", r"password mismatch"),
    "nginx-bad-request": ("nginx", lambda s: raw(s.port, b"GARBAGE\r\n\r\n"), "error", r"invalid"),
    "nginx-unknown-transfer-encoding": ("nginx", lambda s: raw(s.port, b"POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\n"), "error", r"Transfer-Encoding"),
    "nginx-http-version": ("nginx", lambda s: raw(s.port, b"GET / HTTP/2.0\r\nHost: localhost\r\n\r\n"), "error", r"version"),
    "nginx-plain-http-to-https": ("nginx", lambda s: raw(s.tls_port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"), "error", r"plain HTTP",
                                  {"sent": 400, "page": "The plain HTTP request was sent to HTTPS port", "access": 400}),
    "nginx-no-client-cert": ("nginx", lambda s: raw(s.mtls_port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n", tls=nginx_tls_client(s.dir)), "error", r"certificate",
                             {"sent": 400, "page": "No required SSL certificate was sent", "access": 400}),
    "nginx-bad-client-cert": ("nginx", lambda s: raw(s.mtls_port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n", tls=nginx_tls_client(s.dir, "stranger")), "error", r"certificate",
                              {"sent": 400, "page": "The SSL certificate error", "access": 400}),
    "nginx-return-301": ("nginx", lambda s: get(s.port, "/old"), "access", r'" 301 '),
    "nginx-return-302": ("nginx", lambda s: get(s.port, "/found"), "access", r'" 302 '),
    "nginx-return-307": ("nginx", lambda s: get(s.port, "/temporary"), "access", r'" 307 '),
    "nginx-return-308": ("nginx", lambda s: get(s.port, "/moved"), "access", r'" 308 '),
    # Apache httpd
    "apache-require-denied": ("apache", lambda s: get(s.port, "/closed/"), "error", r"AH01630"),
    "apache-not-found": ("apache", lambda s: get(s.port, "/missing.html"), "error", r"AH00128"),
    "apache-rewrite-loop": ("apache", lambda s: get(s.port, "/loop"), "error", r"AH00124"),
    "apache-upstream-refused": ("apache", lambda s: get(s.port, "/down/x"), "error", r"AH00957"),
    "apache-upstream-closed": ("apache", lambda s: get(s.port, "/hangup/x"), "error", r"AH01102"),
    "apache-upstream-timeout": ("apache", lambda s: get(s.port, "/slow/x"), "error", r"AH01102|timeout|Timeout"),
    "apache-auth-unknown-user": ("apache", lambda s: get(s.port, "/private/", headers=["Authorization: Basic Ym9iOnNlY3JldA=="]), "error", r"AH01618"),
    "apache-body-too-large": ("apache", lambda s: get(s.port, "/index.html", method="POST", body=b"x" * 2000), "error", r"AH0"),
    "apache-uri-too-long": ("apache", lambda s: get(s.port, "/" + "a" * 9000), "error", r"AH00565"),
    "apache-header-too-large": ("apache", lambda s: get(s.port, "/", headers=long_header(9000)), "error", r"AH0"),
    "apache-header-timeout": ("apache", lambda s: raw(s.port, b"GET / HTTP/1.1\r\nHost: localhost\r\n", timeout=5), "error", r"AH01382"),
    "apache-unknown-method": ("apache", lambda s: get(s.port, "/index.html", method="BREW"), "access", r'" 501 '),
    "apache-redirect-301": ("apache", lambda s: get(s.port, "/old"), "access", r'" 301 '),
    "apache-redirect-302": ("apache", lambda s: get(s.port, "/found"), "access", r'" 302 '),
    "apache-redirect-307": ("apache", lambda s: get(s.port, "/temporary"), "access", r'" 307 '),
    "apache-redirect-308": ("apache", lambda s: get(s.port, "/moved"), "access", r'" 308 '),
    # Flask (Werkzeug's server)
    "flask-not-found": ("flask", lambda s: get(s.port, "/nowhere"), "log", r'" 404 '),
    "flask-method": ("flask", lambda s: get(s.port, "/only-get", method="POST", body=b"a=1"), "log", r'" 405 '),
    "flask-exception": ("flask", lambda s: get(s.port, "/boom"), "log", r"Exception on"),
    "flask-missing-form-field": ("flask", lambda s: get(s.port, "/form", method="POST", headers=["Content-Type: application/x-www-form-urlencoded"], body=b"other=1"), "log", r'" 400 '),
    "flask-json-content-type": ("flask", lambda s: get(s.port, "/json", method="POST", headers=["Content-Type: text/plain"], body=b"{}"), "log", r'" 4\d\d '),
    "flask-body-too-large": ("flask", lambda s: get(s.port, "/form", method="POST", headers=["Content-Type: application/x-www-form-urlencoded"], body=b"name=" + b"1" * 2000), "log", r'" 413 '),
    # Python http.server
    "pyhttp-not-found": ("pyhttp", lambda s: get(s.port, "/missing.html"), "log", r"code 404"),
    "pyhttp-post": ("pyhttp", lambda s: get(s.port, "/", method="POST", body=b"a=1"), "log", r"code 501"),
    # Before it has read a version it can use, http.server answers as to
    # HTTP/0.9: the error page with no status line at all.
    "pyhttp-bad-request": ("pyhttp", lambda s: raw(s.port, b"GARBAGE\r\n\r\n"), "log", r"code 400", {"sent": 0, "page": "Error code: 400"}),
    "pyhttp-http-version": ("pyhttp", lambda s: raw(s.port, b"GET / HTTP/2.0\r\n\r\n"), "log", r"code 505", {"sent": 0, "page": "Error code: 505"}),
    "pyhttp-uri-too-long": ("pyhttp", lambda s: get(s.port, "/" + "a" * 70000), "log", r"code 414"),
    "pyhttp-header-too-long": ("pyhttp", lambda s: get(s.port, "/", headers=long_header(70000)), "log", r"code 431"),
    "pyhttp-directory-slash": ("pyhttp", lambda s: get(s.port, "/docs"), "log", r'" 301 '),
}


def versions():
    def out(args):
        r = subprocess.run(args, capture_output=True, text=True, timeout=10)
        return (r.stdout + r.stderr).strip()

    nginx = re.search(r"nginx/[\d.]+", out([NGINX, "-v"])).group(0)
    apache = re.search(r"Apache/[\d.]+", out([APACHE, "-v"])).group(0)
    flask = out([PYTHON, "-c", "import importlib.metadata as m; print(m.version('flask'), m.version('werkzeug'))"]).split()
    python = out([PYTHON, "-c", "import platform; print(platform.python_version())"])
    return {"nginx": nginx, "apache": apache, "flask": f"Flask/{flask[0]} Werkzeug/{flask[1]}",
            "pyhttp": f"Python/{python} http.server"}


NORMALISE = [
    (re.compile(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d"), "<time>"),
    (re.compile(r"\b\d+#\d+: \*\d+"), "<pid>: *<conn>"),
    (re.compile(r"\b\d+#\d+:"), "<pid>:"),
    (re.compile(r"^\[\w{3} \w{3} \d\d \d\d:\d\d:\d\d\.\d+ \d{4}\]"), "<time>"),
    (re.compile(r"\[pid \d+(:tid \d+)?\]"), "[pid <pid>]"),
    (re.compile(r"\[\d\d/\w{3}/\d{4}[: ]\d\d:\d\d:\d\d( [+-]\d{4})?\]"), "[<time>]"),
    (re.compile(r"127\.0\.0\.1:\d+"), "127.0.0.1:<port>"),
    (re.compile(r"localhost:\d+"), "localhost:<port>"),
    (re.compile(r"\b\d\.\d{3} by zone"), "<excess> by zone"),
    (re.compile(r"a{40,}(\.\.\.)?"), "a" * 40 + "..."),
    (re.compile(r"\x1b\[[0-9;]*m"), ""),  # Werkzeug colours its lines, in a file too
]


def normalise_shown(line, directory):
    """The line as the catalogue quotes it: the web root shown as /srv/www,
    nginx's ellipsis of a long header shortened, Werkzeug's colours gone."""
    line = line.replace(os.path.join(directory, "www"), ROOT_SHOWN)
    line = re.sub(r"a{40,}(\.\.\.)?", "a" * 40 + "...", line)
    return re.sub(r"\x1b\[[0-9;]*m", "", line)


def normalise(line, directory=None):
    if directory:
        line = line.replace(os.path.join(directory, "www"), ROOT_SHOWN)
    for pattern, replacement in NORMALISE:
        line = pattern.sub(replacement, line)
    return line


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--explain")
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    with open(args.catalogue, encoding="utf-8") as f:
        catalogue = json.load(f)

    failures = []
    servers = {s["id"]: s for s in catalogue.get("servers", [])}
    claims = {}
    for item in catalogue.get("practice", []):
        for claim in item["entries"]:
            if "reproducedBy" in claim:
                claims.setdefault(claim["reproducedBy"], []).append((item["code"], claim))

    running = versions()
    if not args.record:
        for sid, version in running.items():
            recorded = servers.get(sid, {}).get("version")
            if recorded != version:
                failures.append(f"servers.{sid}.version: the catalogue records {recorded!r}, the server here is {version!r}")
        for name in claims:
            if name not in CASES:
                failures.append(f"{name}: cited by the catalogue but no such case here")
        for name in CASES:
            if name not in claims:
                failures.append(f"{name}: a case the catalogue cites nowhere")

    base = tempfile.mkdtemp(prefix="codex-practice-")
    backends = Backends()
    started_servers = {}
    record = {"versions": running, "cases": {}}
    try:
        for kind, start in (("nginx", lambda: start_nginx(base, backends)), ("apache", lambda: start_apache(base, backends)),
                            ("flask", lambda: start_python(base, "flask")), ("pyhttp", lambda: start_python(base, "pyhttp"))):
            started_servers[kind] = start()
        for name, (sid, trigger, log, pattern, *more) in CASES.items():
            extra = more[0] if more else {}
            server = started_servers[sid]
            server.mark()
            try:
                status = trigger(server)
            except OSError as e:
                status = 0
                failures.append(f"{name}: {e}")
            time.sleep(0.05)
            written = [l for l in server.lines(log, wait=1.5) if re.search(pattern, l)]
            line = written[0] if written else None
            shown = normalise_shown(line, server.dir) if line else None
            record["cases"][name] = {"server": sid, "status": status, "line": shown,
                                     "answer": LAST_ANSWER[0][:120].decode("latin-1"),
                                     "access": [normalise_shown(l, server.dir) for l in server.lines("access")] if "access" in server.logs else None}
            answer = LAST_ANSWER[0].decode("latin-1")
            if "page" in extra and extra["page"] not in answer:
                failures.append(f"{name}: the answer does not hold {extra['page']!r}: {answer[:200]!r}")
            if "access" in extra:
                access = server.lines("access", wait=1.0)
                if not any(f'" {extra["access"]} ' in l for l in access):
                    failures.append(f"{name}: the access log does not record {extra['access']}: {access}")
            for code, claim in claims.get(name, []):
                expected = extra.get("sent", code)
                if status != expected:
                    failures.append(f"{name}: the client got {status or 'no status line'}, expected {expected} for the catalogue's {code}")
                if claim.get("log") is not None:
                    if shown is None:
                        failures.append(f"{name}: the server wrote no line matching /{pattern}/")
                    elif normalise(claim["log"]) != normalise(shown):
                        failures.append(f"{name}: the catalogue quotes\n    {claim['log']}\n  the server wrote\n    {shown}")
                    if claim.get("signature") and shown and claim["signature"] not in shown:
                        failures.append(f"{name}: the signature {claim['signature']!r} is not in the line written")
    finally:
        for server in started_servers.values():
            server.stop()
        backends.close()
        logs = {sid: {k: open(p, encoding="utf-8", errors="replace").read() for k, p in s.logs.items() if os.path.exists(p)}
                for sid, s in started_servers.items()}
        shutil.rmtree(base, ignore_errors=True)

    if args.record:
        json.dump(record, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0

    if args.explain:
        failures += check_explain(args.explain, logs, claims)

    elapsed = time.monotonic() - started
    for failure in failures:
        print("FAIL " + failure)
    print(f"{len(CASES)} cases against {', '.join(running.values())} in {elapsed:.1f} s; {len(failures)} failures")
    return 1 if failures else 0


def check_explain(program, logs, claims):
    """explain, fed the logs the servers wrote, finds each quoted situation."""
    failures = []
    text = "\n".join(content for server in logs.values() for content in server.values())
    r = subprocess.run([program, "explain", "--json", "--lang", "en"], input=text, capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        return [f"explain exited with {r.returncode}: {r.stderr}"]
    objects = [json.loads(l) for l in r.stdout.splitlines() if l.startswith("{")]
    summary = objects.pop()["summary"] if objects and "summary" in objects[-1] else None
    if summary is None or summary["recognised"] != len(objects):
        failures.append(f"explain: the summary {summary} does not count the {len(objects)} lines printed")
    recognised = {(o["code"], o.get("server")) for o in objects}
    for name, items in claims.items():
        for code, claim in items:
            if claim.get("signature") and (code, claim["server"]) not in recognised:
                failures.append(f"explain: {name} ({code}, {claim['server']}) not recognised in the servers' logs")
    for o in objects:
        if o["line"] not in text.splitlines():
            failures.append(f"explain: printed a line that is not in the input: {o['line'][:80]}")
    return failures


if __name__ == "__main__":
    sys.exit(main())

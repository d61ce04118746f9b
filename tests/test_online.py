"""The optional Nominatim fallback, against a local server that answers like Nominatim."""
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geomap import Gazetteer
from geomap.online import NominatimFallback


class FakeNominatim(BaseHTTPRequestHandler):
    requests: list = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        query = parse_qs(urlparse(self.path).query)
        FakeNominatim.requests.append((urlparse(self.path).path, query, self.headers.get("User-Agent")))
        answer = [] if query["q"][0] == "Nowhere" else [{
            "place_id": 1, "osm_type": "node", "osm_id": 42, "lat": "35.20", "lon": "37.30",
            "display_name": "Qaryat Test, Hama, Syria", "class": "place", "type": "village",
            "boundingbox": ["35.19", "35.21", "37.29", "37.31"]}]
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    FakeNominatim.requests = []
    httpd = HTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_online_fallback_answers_names_the_gazetteer_lacks_and_caches_them(server, tmp_path):
    fallback = NominatimFallback(user_agent="geomap-test/1", min_delay_seconds=0, domain=server,
                                 scheme="http", cache_path=tmp_path / "cache.json")
    online = Gazetteer.default().with_online(fallback)
    found = online.lookup("Qaryat Test")
    assert found[0].source == "nominatim"
    assert found[0].geo_precision >= 2 and found[0].uncertainty_km >= 5
    assert (found[0].lat, found[0].lon) == (35.2, 37.3)
    assert FakeNominatim.requests[0][2] == "geomap-test/1"
    assert FakeNominatim.requests[0][1]["countrycodes"] == ["sy,iq,jo,lb,tr,il"]
    # a second lookup, even from a new process-level object, is answered from the disk cache
    again = NominatimFallback(user_agent="geomap-test/1", min_delay_seconds=0, domain=server,
                              scheme="http", cache_path=tmp_path / "cache.json")
    assert Gazetteer.default().with_online(again).lookup("Qaryat Test")[0].source == "nominatim"
    assert len(FakeNominatim.requests) == 1


def test_online_is_not_asked_for_names_the_gazetteer_knows(server, tmp_path):
    fallback = NominatimFallback(min_delay_seconds=0, domain=server, scheme="http",
                                 cache_path=tmp_path / "cache.json")
    assert Gazetteer.default().with_online(fallback).lookup("Sukhnah")[0].source.startswith("ocha:")
    assert FakeNominatim.requests == []


def test_offline_by_default(gazetteer):
    assert gazetteer.lookup("Qaryat Test") == []


def test_cli_online_flag(server, tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "geomap", "gazetteer", "lookup", "Qaryat Test", "--online",
                             "--nominatim-url", f"http://{server}", "--cache-dir", str(tmp_path),
                             "--user-agent", "geomap-cli-test", "--min-delay", "0", "--format", "json"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["candidates"][0]["source"] == "nominatim"

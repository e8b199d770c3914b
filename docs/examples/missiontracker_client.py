"""A MissionTracker API client using only the Python standard library.

    MT=http://localhost:5080 MT_KEY=mt_... python3 missiontracker_client.py
"""
import csv
import io
import json
import os
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("MT", "http://localhost:5080") + "/api/v1"
KEY = os.environ.get("MT_KEY")  # only needed for writes (and for reads where the server requires a key)


def call(method, path, body=None, headers=None):
    """Sends a request; returns (status, headers, parsed JSON or text). Errors are ProblemDetails, returned too."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if KEY:
        request.add_header("X-Api-Key", KEY)  # never in the query string
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            status, answer, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, answer, raw = error.code, error.headers, error.read()
    text = raw.decode("utf-8")
    is_json = "json" in (answer.get("Content-Type") or "")
    return status, answer, json.loads(text) if is_json and text else text


def list_all(path, **filters):
    """Every item of a list, following nextCursor page by page."""
    cursor = None
    while True:
        query = dict(filters, pageSize=100, **({"cursor": cursor} if cursor else {}))
        status, _, page = call("GET", f"{path}?{urllib.parse.urlencode(query)}")
        assert status == 200, page
        yield from page["items"]
        cursor = page["nextCursor"]
        if cursor is None:
            return


if __name__ == "__main__":
    statements = list(list_all("/statements", mission="nmi", sort="saidOn"))
    print(f"{len(statements)} statements about NMI; first: {statements[0]['speakerName']} on {statements[0]['saidOn']}")

    status, _, source = call("POST", "/sources", {
        "title": "Spain keeps trainers in Iraq", "outlet": "Test Wire",
        "url": "https://news.example.org/spain-trainers", "publishedOn": "2020-02-13",
        "text": "Robles said the trainers would stay.",
    })
    print("POST /sources ->", status, source["id"])

    status, headers, statement = call("POST", "/statements", {
        "speakerName": "Margarita Robles", "saidOn": "2020-02-13", "text": "The trainers stay.",
        "kind": "direct", "missions": ["nmi"], "sourceIds": [source["id"]],
    })
    print("POST /statements ->", status, headers["Location"], "ETag", headers["ETag"])

    status, _, problem = call("POST", "/statements", {"speakerName": "Nobody", "saidOn": "2020-02-13", "text": "x", "kind": "direct"})
    print("POST without sources ->", status, problem["errors"])

    location = headers["Location"].removeprefix("/api/v1")
    etag = headers["ETag"]
    status, _, _ = call("GET", location, headers={"If-None-Match": etag})
    print("GET with If-None-Match ->", status)
    # PUT replaces the whole record: send every field you want to keep.
    edited = dict(speakerName="Margarita Robles", saidOn="2020-02-13", text="The trainers will stay.", kind="direct",
                  missions=["nmi"], sourceIds=[source["id"]])
    status, headers, statement = call("PUT", location, edited, headers={"If-Match": etag})
    print("PUT with If-Match ->", status, "version", statement["version"])
    status, _, problem = call("PUT", location, edited, headers={"If-Match": etag})
    print("PUT with the old ETag ->", status, problem["detail"])

    status, _, text = call("GET", "/statements?mission=nmi&format=csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    print("CSV rows:", len(rows), "columns:", ", ".join(list(rows[0])[:6]), "...")

    status, _, strength = call("GET", "/missions/nmi/strength?asOf=2020-02-12")
    print("NMI on 2020-02-12:", strength["total"], "personnel, sources", strength["totalSourceIds"])

#!/usr/bin/env python3
"""Sets up Open Zaak for Leefwereld once, through its APIs: the README's "What the municipality
configures in Open Zaak" as code. Python 3 standard library only.

What it makes, in the given catalogue (each step skipped when already there):
  1. the informatieobjecttype (`--informatieobjecttype`), published;
  2. the zaaktype (`--zaaktype`) with one roltype, one resultaattype, two statustypen and the
     informatieobjecttype as its only allowed type, published (Open Zaak publishes a zaaktype
     only with those parts);
  3. the Applicatie for Leefwereld's client id, with exactly the scopes the app needs, for that
     zaaktype and informatieobjecttype only;
and writes the connection profile (koppelprofiel) for the workers to `--out` (mode 0600).

Secrets never go on the command line (where `ps` shows them): the set-up client's secret comes
from LW_ADMIN_SECRET; Leefwereld's client secret from LW_CLIENT_SECRET, or is generated (48
random bytes). The Autorisaties API does not carry secrets: enter the client id and secret in
Open Zaak's admin (API-autorisaties → Applicaties → the new one → Client credentials) — the
script says so at the end.

Example:
  LW_ADMIN_SECRET=... python3 scripts/openzaak-setup.py \
    --base https://openzaak.voorbeeldstad.nl --admin-client-id setup \
    --catalogus https://openzaak.voorbeeldstad.nl/catalogi/api/v1/catalogussen/<uuid> \
    --rsin 002220647 --municipality "Gemeente Voorbeeldstad" \
    --zaaktype LW-SIGNAAL --informatieobjecttype Leefwereld-notitie \
    --client-id leefwereld-jw-zuid --recipient age1... \
    --resultaattypeomschrijving https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/<uuid> \
    --selectielijstklasse https://selectielijst.openzaak.nl/api/v1/resultaten/<uuid> \
    --out koppelprofiel.json
"""

import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

CONFIDENTIALITY = [
    "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
    "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim",
]
# What the app calls, and nothing more (README: Applicatie).
ZAKEN_SCOPES = ["zaken.lezen", "zaken.aanmaken", "zaken.bijwerken"]
DOCUMENTEN_SCOPES = ["documenten.lezen", "documenten.aanmaken", "documenten.verwijderen"]


class SetupError(Exception):
    pass


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(client_id, secret):
    """A short-lived HS256 JWT as ZGW servers expect it."""
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {
        "iss": client_id, "iat": now - 60, "exp": now + 240, "client_id": client_id,
        "user_id": "leefwereld-setup", "user_representation": "Leefwereld set-up",
    }
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64url(signature)


class Api:
    def __init__(self, base, client_id, secret):
        self.base = base.rstrip("/")
        self.client_id = client_id
        self.secret = secret

    def call(self, method, url, body=None, query=None):
        if not url.startswith(self.base + "/"):
            raise SetupError(f"refusing to send the set-up token outside {self.base}: {url}")
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = json.dumps(body).encode() if body is not None else None
        if method == "POST" and data is None:
            data = b"{}"  # a POST without a body (publish) still sends an empty JSON object
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", "Bearer " + token(self.client_id, self.secret))
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as err:
            detail = err.read().decode(errors="replace")[:2000]
            raise SetupError(f"{method} {url} answered {err.code}: {detail}") from None

    def catalogi(self, path):
        return f"{self.base}/catalogi/api/v1/{path}"

    def first(self, path, query):
        page = self.call("GET", self.catalogi(path), query=query)
        return (page or {}).get("results") or []


def find_or_make_iot(api, args, today):
    for status in ("definitief", "concept"):
        found = [t for t in api.first("informatieobjecttypen", {
            "catalogus": args.catalogus, "omschrijving": args.informatieobjecttype,
            "status": status}) if t.get("omschrijving") == args.informatieobjecttype]
        if found:
            iot = found[0]
            break
    else:
        iot = api.call("POST", api.catalogi("informatieobjecttypen"), {
            "catalogus": args.catalogus,
            "omschrijving": args.informatieobjecttype,
            "vertrouwelijkheidaanduiding": args.vertrouwelijkheid,
            "beginGeldigheid": today,
            "informatieobjectcategorie": "Signaal",
        })
        print(f"informatieobjecttype made: {iot['url']}")
    if iot.get("concept"):
        iot = api.call("POST", iot["url"] + "/publish")
        print("informatieobjecttype published")
    return iot["url"]


def zaaktype_body(args, today):
    return {
        "identificatie": args.zaaktype,
        "omschrijving": "Gedeelde notitie online leefwereld (Leefwereld)",
        "vertrouwelijkheidaanduiding": args.vertrouwelijkheid,
        "doel": "Vastleggen van geminimaliseerde notities over de online leefwereld van jongeren "
                "die met toestemming zijn gedeeld.",
        "aanleiding": "Een jongerenwerker of digitale wijkagent deelt een notitie.",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "Delen",
        "onderwerp": "Signaal of trend online leefwereld",
        "handelingBehandelaar": "Beoordelen",
        "doorlooptijd": "P30D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False,
        "publicatieIndicatie": False,
        "productenOfDiensten": [],
        "referentieproces": {"naam": "Signaalregistratie"},
        "verantwoordelijke": args.verantwoordelijke,
        "catalogus": args.catalogus,
        "besluittypen": [],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": today,
        "versiedatum": today,
    }


def find_or_make_zaaktype(api, args, iot_url, today):
    published = api.first("zaaktypen", {"catalogus": args.catalogus, "identificatie": args.zaaktype})
    if published:
        zaaktype = published[0]
        if iot_url not in zaaktype.get("informatieobjecttypen", []):
            raise SetupError(
                f"zaaktype {args.zaaktype} is published without informatieobjecttype "
                f"{args.informatieobjecttype}: add the relation in a new version of the zaaktype")
        print(f"zaaktype already published: {zaaktype['url']}")
        return zaaktype["url"]
    body = zaaktype_body(args, today)
    concept = api.first("zaaktypen", {"catalogus": args.catalogus, "identificatie": args.zaaktype,
                                      "status": "concept"})
    zaaktype = concept[0] if concept else api.call("POST", api.catalogi("zaaktypen"), body)
    url = zaaktype["url"]
    print(f"zaaktype {'found as concept' if concept else 'made'}: {url}")
    if not zaaktype.get("roltypen"):
        api.call("POST", api.catalogi("roltypen"), {
            "zaaktype": url, "omschrijving": "Melder", "omschrijvingGeneriek": "initiator"})
    if not zaaktype.get("resultaattypen"):
        api.call("POST", api.catalogi("resultaattypen"), {
            "zaaktype": url, "omschrijving": "Afgehandeld",
            "resultaattypeomschrijving": args.resultaattypeomschrijving,
            "selectielijstklasse": args.selectielijstklasse, "besluittypen": []})
    for number, name in enumerate(["Ontvangen", "Afgehandeld"], start=1):
        if len(zaaktype.get("statustypen") or []) < number:
            api.call("POST", api.catalogi("statustypen"), {
                "zaaktype": url, "omschrijving": name, "volgnummer": number})
    if iot_url not in (zaaktype.get("informatieobjecttypen") or []):
        api.call("POST", api.catalogi("zaaktype-informatieobjecttypen"), {
            "zaaktype": url, "informatieobjecttype": iot_url, "volgnummer": 1,
            "richting": "inkomend"})
    api.call("POST", url + "/publish", body)
    print("zaaktype published (roltype, resultaattype, two statustypen, informatieobjecttype)")
    return url


def ensure_applicatie(api, args, zaaktype_url, iot_url):
    url = f"{api.base}/autorisaties/api/v1/applicaties"
    known = api.call("GET", url, query={"clientIds": args.client_id})
    if (known or {}).get("results"):
        print(f"Applicatie for {args.client_id} already exists: check its autorisaties by hand")
        return
    api.call("POST", url, {
        "clientIds": [args.client_id],
        "label": f"Leefwereld {args.municipality}"[:100],
        "heeftAlleAutorisaties": False,
        "autorisaties": [
            {"component": "ztc", "scopes": ["catalogi.lezen"]},
            {"component": "zrc", "scopes": ZAKEN_SCOPES, "zaaktype": zaaktype_url,
             "maxVertrouwelijkheidaanduiding": args.vertrouwelijkheid},
            {"component": "drc", "scopes": DOCUMENTEN_SCOPES, "informatieobjecttype": iot_url,
             "maxVertrouwelijkheidaanduiding": args.vertrouwelijkheid},
        ],
    })
    print(f"Applicatie made for client id {args.client_id}")


def profile(args, client_secret):
    value = {
        "format": "leefwereld-connection/1",
        "municipality": args.municipality,
        "catalogi_url": f"{args.base}/catalogi/api/v1",
        "zaken_url": f"{args.base}/zaken/api/v1",
        "documenten_url": f"{args.base}/documenten/api/v1",
        "client_id": args.client_id,
        "secret": client_secret,
        "bronorganisatie": args.rsin,
        "zaaktype": args.zaaktype,
        "informatieobjecttype": args.informatieobjecttype,
        "vertrouwelijkheidaanduiding": args.vertrouwelijkheid,
        "recipients": args.recipient,
        "trend_cases": "per-week",
    }
    if args.team_id:
        value["team"] = {"id": args.team_id, "recipient": args.team_recipient}
    return value


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="Open Zaak's root, e.g. https://openzaak.example.nl")
    parser.add_argument("--admin-client-id", required=True, help="a client allowed to write catalogues and autorisaties (secret in LW_ADMIN_SECRET)")
    parser.add_argument("--catalogus", required=True, help="URL of the catalogue to use")
    parser.add_argument("--rsin", required=True)
    parser.add_argument("--municipality", required=True)
    parser.add_argument("--zaaktype", default="LW-SIGNAAL")
    parser.add_argument("--informatieobjecttype", default="Leefwereld-notitie")
    parser.add_argument("--vertrouwelijkheid", default="vertrouwelijk", choices=CONFIDENTIALITY)
    parser.add_argument("--verantwoordelijke", default="Team Veiligheid")
    parser.add_argument("--client-id", required=True, help="Leefwereld's client id (secret in LW_CLIENT_SECRET, or generated)")
    parser.add_argument("--recipient", action="append", required=True, help="an age1… key of the municipality (repeat for more)")
    parser.add_argument("--team-id")
    parser.add_argument("--team-recipient", help="the team lead's key from the lead's app")
    parser.add_argument("--resultaattypeomschrijving", required=True, help="URL from the Selectielijst API")
    parser.add_argument("--selectielijstklasse", required=True, help="URL from the Selectielijst API")
    parser.add_argument("--out", required=True, help="where to write the connection profile")
    args = parser.parse_args(argv)
    args.base = args.base.rstrip("/")
    admin_secret = os.environ.get("LW_ADMIN_SECRET", "")
    if not admin_secret:
        parser.error("set LW_ADMIN_SECRET to the set-up client's secret")
    if bool(args.team_id) != bool(args.team_recipient):
        parser.error("--team-id and --team-recipient go together")
    client_secret = os.environ.get("LW_CLIENT_SECRET") or secrets.token_urlsafe(48)
    if len(client_secret) < 32:
        parser.error("LW_CLIENT_SECRET must be at least 32 characters (the app refuses shorter)")
    if not args.catalogus.startswith(args.base + "/"):
        parser.error("--catalogus must be on --base")

    api = Api(args.base, args.admin_client_id, admin_secret)
    today = datetime.date.today().isoformat()
    try:
        iot_url = find_or_make_iot(api, args, today)
        zaaktype_url = find_or_make_zaaktype(api, args, iot_url, today)
        ensure_applicatie(api, args, zaaktype_url, iot_url)
    except SetupError as err:
        print(f"stopped: {err}", file=sys.stderr)
        return 1
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(profile(args, client_secret), out, indent=2, ensure_ascii=False)
        out.write("\n")
    print(f"connection profile written to {args.out} (it holds the client secret: hand it over as such)")
    print("Last step by hand: in Open Zaak's admin, API-autorisaties → Applicaties → "
          f"{args.client_id} → Client credentials, enter client id {args.client_id} and the "
          f"secret from {args.out} (the Autorisaties API does not carry secrets).")
    print("Print the fingerprints for the paper: "
          f"cargo run -p leefwereld-tests --bin fingerprint -- --profile {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

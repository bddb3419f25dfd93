"""Shared set-up for the Python tests of the bindings.

`scripts/test-ffi.sh` generates the `leefwereld` module next to the built library and points
LEEFWERELD_BINDINGS at that folder.
"""

import json
import os
import socket
import sys

import pytest

sys.path.insert(0, os.environ.get("LEEFWERELD_BINDINGS", "target/ffi/python"))

import leefwereld as lw  # noqa: E402

PASSPHRASE = "fietsbel paraplu wolkenkrabber"
OTHER_PASSPHRASE = "zeilboot lantaarn kaasschaaf"


def make_profile(language=lw.Lang.NL):
    return lw.Profile(
        role=lw.Role.YOUTH_WORKER,
        organisation="Jongerenwerk Zuid",
        pseudonym="JW-07",
        language=language,
    )


@pytest.fixture
def fast():
    """The lowest scrypt work factor: tests only; phones keep the default."""
    return lw.VaultOptions(work_factor=lw.work_factors().min)


@pytest.fixture
def vault_path(tmp_path):
    return str(tmp_path / "kluis")


@pytest.fixture
def vault(vault_path, fast):
    return lw.Vault.create(vault_path, PASSPHRASE, make_profile(), fast)


def trend(vault, text="Veel filmpjes over een vechtafspraak", theme=None):
    return lw.trend_content(
        theme or lw.Theme.PLANNED_FIGHT, lw.Platform.TIK_TOK, text, vault.now_ms()
    )


def signal(vault, text="Jongere zoekt contact met ronselaar", reason="Eigen gesprek"):
    return lw.signal_content(
        lw.Theme.RECRUITMENT,
        lw.Platform.SNAPCHAT,
        lw.SourceType.DIRECT_CONTACT,
        text,
        reason,
        vault.now_ms(),
    )


# The public test key of the age crate's own tests: the municipality's recipient in a profile.
# Nothing in these tests decrypts what is sent to it.
MUNICIPALITY_RECIPIENT = "age1t7rxyev2z3rw82stdlrrepyc39nvn86l5078zqkf5uasdy86jp6svpy7pa"
CLIENT_SECRET = "een-lang-gedeeld-geheim-van-de-gemeente-3141"


def profile_json(base="https://zaken.voorbeeldstad.nl", team=True):
    """A connection profile in the format of the core's tests (`leefwereld-connection/1`)."""
    profile = {
        "format": "leefwereld-connection/1",
        "municipality": "Gemeente Voorbeeldstad",
        "catalogi_url": f"{base}/catalogi/api/v1",
        "zaken_url": f"{base}/zaken/api/v1",
        "documenten_url": f"{base}/documenten/api/v1",
        "client_id": "leefwereld-jw-zuid",
        "secret": CLIENT_SECRET,
        "bronorganisatie": "002220647",
        "zaaktype": "LW-SIGNAAL",
        "informatieobjecttype": "Leefwereld-notitie",
        "vertrouwelijkheidaanduiding": "vertrouwelijk",
        "recipients": [MUNICIPALITY_RECIPIENT],
    }
    if team:
        profile["team"] = {"id": "jw-zuid", "recipient": MUNICIPALITY_RECIPIENT}
    return json.dumps(profile)


def unreachable_base():
    """An http loopback address where nothing listens: a port just freed by the OS."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def release(vault, entry_id, scope):
    """The worker's own release of a trend for sharing with `scope`."""
    return vault.record_consent(
        entry_id,
        lw.ConsentInput(
            given_by=lw.ConsentGiver.WORKER_RELEASE,
            informed_how=lw.InformedHow.NOT_APPLICABLE,
            given_at_ms=vault.now_ms(),
            scope=scope,
        ),
    )

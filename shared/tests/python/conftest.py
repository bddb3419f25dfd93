"""Shared set-up for the Python tests of the bindings.

`scripts/test-ffi.sh` generates the `leefwereld` module next to the built library and points
LEEFWERELD_BINDINGS at that folder.
"""

import os
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

"""The life of a vault through the bindings: create, lock, unlock, passphrases, damage, wipe."""

import os

import pytest

import leefwereld as lw
from conftest import OTHER_PASSPHRASE, PASSPHRASE, make_profile, trend


def closed_vault_with_entries(vault_path, fast, count):
    """Creates a vault with `count` trends and closes it (dropping the last reference closes
    the database), as after an app restart."""
    vault = lw.Vault.create(vault_path, PASSPHRASE, make_profile(), fast)
    for i in range(count):
        vault.capture(trend(vault, f"trend {i}"), [])


def test_a_new_vault_is_unlocked_and_reopens_locked_with_its_entries(vault_path, fast):
    vault = lw.Vault.create(vault_path, PASSPHRASE, make_profile(), fast)
    vault.capture(trend(vault), [])
    assert not vault.is_locked()
    assert vault.location() == vault_path
    assert lw.vault_exists(vault_path)
    del vault

    reopened = lw.Vault.open(vault_path, fast)
    assert reopened.is_locked()
    report = reopened.unlock(PASSPHRASE)
    assert report.failed_attempts == 0
    assert report.damaged == []
    assert reopened.entry_count() == 1
    assert reopened.profile() == make_profile()


def test_a_second_instance_on_the_same_vault_is_refused(vault, vault_path):
    with pytest.raises(lw.LeefwereldError.InUse):
        lw.Vault.open(vault_path)


def test_a_wrong_passphrase_raises_with_the_dutch_message_and_is_audited(vault):
    vault.lock()
    with pytest.raises(lw.LeefwereldError.WrongPassphrase) as raised:
        vault.unlock("dit is niet de wachtzin")
    assert str(raised.value).startswith("De wachtzin klopt niet.")
    assert isinstance(raised.value, lw.LeefwereldError)
    assert vault.is_locked()

    report = vault.unlock(PASSPHRASE)
    assert report.failed_attempts == 1
    actions = [record.action for record in vault.audit_log(0, 100)]
    assert lw.AuditAction.UNLOCK_FAILURE in actions


def test_errors_speak_the_vault_language(vault):
    vault.set_language(lw.Lang.EN)
    assert vault.language() == lw.Lang.EN
    vault.lock()
    assert vault.language() == lw.Lang.EN
    with pytest.raises(lw.LeefwereldError.WrongPassphrase, match="^The passphrase is wrong"):
        vault.unlock("not the passphrase")
    with pytest.raises(lw.LeefwereldError.Locked, match="^The app is locked"):
        vault.entry_count()


def test_a_weak_passphrase_gets_advice_and_is_refused(tmp_path, fast):
    strength = lw.assess_passphrase("password123", [], lw.Lang.NL)
    assert not strength.acceptable
    assert "passphrase-advice-common" in strength.advice_ids
    assert len(strength.advice) == len(strength.advice_ids)
    assert any("veelgebruikt" in line for line in strength.advice)
    assert lw.assess_passphrase(PASSPHRASE, ["Jongerenwerk Zuid"], lw.Lang.NL).acceptable

    with pytest.raises(lw.LeefwereldError.WeakPassphrase, match="te makkelijk te raden"):
        lw.Vault.create(str(tmp_path / "kluis"), "password123", make_profile(), fast)
    assert not (tmp_path / "kluis").exists()


def test_changing_the_passphrase(vault):
    with pytest.raises(lw.LeefwereldError.SamePassphrase):
        vault.change_passphrase(PASSPHRASE, PASSPHRASE)
    with pytest.raises(lw.LeefwereldError.WrongPassphrase):
        vault.change_passphrase("niet de oude wachtzin", OTHER_PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    vault.lock()
    with pytest.raises(lw.LeefwereldError.WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock(OTHER_PASSPHRASE)


def test_a_tampered_key_file_raises_damaged(vault_path, fast):
    closed_vault_with_entries(vault_path, fast, 1)
    key_file = os.path.join(vault_path, "vault.key")
    with open(key_file, "r+b") as f:
        head = bytearray(f.read(8))
        f.seek(0)
        f.write(bytes(b ^ 0xFF for b in head))

    reopened = lw.Vault.open(vault_path, fast)
    with pytest.raises(lw.LeefwereldError.Damaged) as raised:
        reopened.unlock(PASSPHRASE)
    assert str(raised.value).startswith("Het sleutelbestand van de kluis ontbreekt of is beschadigd")


def test_a_garbled_database_raises_damaged_before_anything_is_read(vault_path, fast):
    closed_vault_with_entries(vault_path, fast, 20)
    database = os.path.join(vault_path, "vault.redb")
    with open(database, "r+b") as f:
        data = bytearray(f.read())
        for i in range(4096, len(data), 7):
            data[i] ^= 0x5A
        f.seek(0)
        f.write(data)

    with pytest.raises(lw.LeefwereldError.Damaged, match="^Het kluisbestand is beschadigd"):
        lw.Vault.open(vault_path, fast).unlock(PASSPHRASE)


def test_a_locked_vault_refuses_entry_calls_and_unlocks_again(vault):
    entry = vault.capture(trend(vault), [])
    vault.lock()
    assert vault.is_locked()
    assert vault.lock_if_idle()
    for call in (
        lambda: vault.capture(trend(vault), []),
        lambda: vault.entry(entry.id),
        lambda: vault.list(lw.ListFilter(), 0, 10),
        lambda: vault.entry_count(),
        lambda: vault.settings(),
        lambda: vault.verify_audit(),
    ):
        with pytest.raises(lw.LeefwereldError.Locked, match="^De app is vergrendeld"):
            call()
    vault.unlock(PASSPHRASE)
    assert vault.entry(entry.id).content.text == entry.content.text


def test_settings_round_trip_and_out_of_range_values_are_refused(vault):
    settings = vault.settings()
    settings.retention_trend_days = 30
    assert vault.update_settings(settings) == 0
    assert vault.settings().retention_trend_days == 30
    settings.lock_timeout_seconds = 5
    with pytest.raises(lw.LeefwereldError.InvalidSetting, match="vergrendelen"):
        vault.update_settings(settings)


def test_wipe_removes_the_vault_and_every_later_call_raises_wiped(vault, vault_path):
    vault.capture(trend(vault), [])
    vault.wipe()
    assert not os.path.exists(vault_path)
    assert not lw.vault_exists(vault_path)
    with pytest.raises(lw.LeefwereldError.Wiped, match="gewist"):
        vault.unlock(PASSPHRASE)
    with pytest.raises(lw.LeefwereldError.Wiped):
        vault.entry_count()
    with pytest.raises(lw.LeefwereldError.NoVault):
        lw.Vault.open(vault_path)


def test_the_training_vault_keeps_nothing_on_disk(tmp_path, fast, monkeypatch):
    monkeypatch.chdir(tmp_path)
    vault = lw.Vault.create_in_memory(PASSPHRASE, make_profile(), fast)
    assert vault.is_in_memory()
    assert vault.location() is None
    vault.capture(trend(vault), [])
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.entry_count() == 1
    assert os.listdir(tmp_path) == []


def test_bad_arguments_raise_typed_errors(vault, tmp_path):
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        lw.Vault.create("", PASSPHRASE, make_profile())
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        lw.Vault.create_in_memory(PASSPHRASE, make_profile(), lw.VaultOptions(work_factor=1))
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        lw.theme_from_code("geen-thema")
    assert lw.theme_from_code("planned-fight") == lw.Theme.PLANNED_FIGHT
    assert lw.Theme.PLANNED_FIGHT.code() == "planned-fight"
    # The binding itself checks integer ranges and types before anything reaches Rust.
    with pytest.raises(ValueError):
        vault.list(lw.ListFilter(), 0, -1)
    with pytest.raises(ValueError):
        vault.list(lw.ListFilter(), 2**40, 10)
    with pytest.raises(TypeError):
        vault.unlock(None)
    assert lw.VaultOptions().work_factor is None

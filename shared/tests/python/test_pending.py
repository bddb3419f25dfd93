"""Notes made while the vault is locked, through the bindings: kept without the passphrase,
counted but not readable while locked, confirmed or discarded after unlock."""

import pytest

import leefwereld as lw
from conftest import PASSPHRASE, trend


def test_a_note_made_while_locked_is_confirmed_after_unlock(vault):
    content = trend(vault, text="Op de bus gezien")
    vault.lock()
    vault.capture_while_locked(content, [])
    assert vault.pending_count() == 1
    with pytest.raises(lw.LeefwereldError.Locked):
        vault.pending_notes()
    vault.unlock(PASSPHRASE)
    notes = vault.pending_notes()
    assert len(notes) == 1 and notes[0].content.text == "Op de bus gezien"
    entry = vault.confirm_pending(notes[0].id)
    assert entry.content.text == "Op de bus gezien"
    assert vault.pending_count() == 0
    with pytest.raises(lw.LeefwereldError.PendingNotFound):
        vault.discard_pending(notes[0].id)

"""The terminal's part: `cbodesk users CBO --reset NAME` (the password asked twice, without
echo) and `cbodesk verify` checking the audit log's chain too."""

from __future__ import annotations

from pathlib import Path

import pytest
from users_support import savings_group

from cbodesk import cli
from cbodesk.services import users
from cbodesk.storage.database import open_cbo


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "cbo.cbodesk"
    savings_group(target)[0].close()
    return target


def test_reset_a_forgotten_password(path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    typed = iter(["one thing", "another", "back in again", "back in again"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert cli.main(["users", str(path), "--reset", "sok.dara"]) == 0
    out, err = capsys.readouterr()
    assert "not the same" in err and "password of sok.dara is set" in out
    assert "back in again" not in out + err
    with open_cbo(path) as cbo:
        assert users.log_in(cbo, "sok.dara", "back in again").actor.username == "sok.dara"
    assert cli.main(["users", str(path)]) == 0
    assert "sok.dara" in capsys.readouterr().out


def test_verify_checks_the_audit_log(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["verify", str(path)]) == 0
    assert "Audit log verified: 2 entries" in capsys.readouterr().out
    with open_cbo(path) as cbo, cbo.atomic():
        cbo.db.execute_sql("DELETE FROM audit_entry WHERE id = 1")
    assert cli.main(["verify", str(path)]) == 1
    assert "Audit log NOT verified" in capsys.readouterr().err

"""What `cbodesk info` and Help → About tell about an open CBO."""

from __future__ import annotations

from dataclasses import dataclass

from cbodesk.domain.profile import OrganisationProfile
from cbodesk.services.profile import load_profile
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import MODELS, Meta


@dataclass(frozen=True)
class CboInfo:
    location: str
    profile: OrganisationProfile
    schema_version: int
    cbo_id: str
    created_at: str
    counts: dict[str, int]


def cbo_info(cbo: Cbo) -> CboInfo:
    profile = load_profile(cbo)
    with cbo.reading():
        meta = {row.key: row.value for row in Meta.select()}
        counts = {model._meta.table_name: model.select().count() for model in MODELS if model is not Meta}
    return CboInfo(
        location=cbo.location.display(),
        profile=profile,
        schema_version=int(meta["schema_version"]),
        cbo_id=meta["cbo_id"],
        created_at=meta.get("created_at", ""),
        counts=counts,
    )

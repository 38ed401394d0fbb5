"""The journal of retention exports: which object holds which deleted jobs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class PruneExport(Base):
    """One object ``mmjobs prune --export`` wrote; committed with the delete of exactly its jobs."""

    __tablename__ = "prune_exports"

    key: Mapped[str] = mapped_column(String(1024), primary_key=True)  # s3://bucket/prefix/…jsonl.gz
    jobs: Mapped[int] = mapped_column(Integer)
    first_created_at: Mapped[datetime | None]
    last_created_at: Mapped[datetime | None]
    exported_at: Mapped[datetime] = mapped_column(default=utcnow)

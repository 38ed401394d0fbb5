"""Database models (SQLAlchemy 2, typed) and session handling. No ML code lives here."""

from models.base import Base
from models.jobs import (
    TERMINAL_STATUSES,
    Job,
    JobAttempt,
    JobKind,
    JobStatus,
    ListingQCResult,
    ReceiptResult,
)
from models.retention import PruneExport
from models.reviews import Review, ReviewAction
from models.rollups import JobRollup
from models.session import get_engine, session_scope

__all__ = [
    "TERMINAL_STATUSES",
    "Base",
    "Job",
    "JobAttempt",
    "JobKind",
    "JobRollup",
    "JobStatus",
    "ListingQCResult",
    "PruneExport",
    "ReceiptResult",
    "Review",
    "ReviewAction",
    "get_engine",
    "session_scope",
]

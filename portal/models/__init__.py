from .notifications import PendingNotification
from .organizations import Organization
from .pages import TaggedPageMixin
from .taxonomy import AgeGroup, Need, Sector
from .territories import MRC, Region

__all__ = ["MRC", "AgeGroup", "Need", "Organization", "PendingNotification", "Region", "Sector", "TaggedPageMixin"]

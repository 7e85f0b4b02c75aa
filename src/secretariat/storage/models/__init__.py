"""All models, imported so that Base.metadata knows every table."""

from secretariat.storage.models.agreements import (
    Activity,
    Agreement,
    AgreementArticle,
    AgreementPartner,
    Assessment,
    DraftVersion,
    Indicator,
    StageChange,
    agreement_sector,
)
from secretariat.storage.models.attachments import Attachment, DocumentChunk, DocumentContent, Packet
from secretariat.storage.models.base import Base, RecordMixin, VersionMixin
from secretariat.storage.models.budget import (
    Account,
    BudgetLine,
    ExchangeRate,
    FiscalYear,
    PerDiemRate,
    Transaction,
    TravelCostRate,
)
from secretariat.storage.models.delegations import Delegation, Gift, ItineraryItem, Member, PermitStep
from secretariat.storage.models.impact import Evaluation, ImpactIndicator, ImpactRules, IndicatorTarget
from secretariat.storage.models.partners import Contact, Official, Partner, PartnerCondition
from secretariat.storage.models.reference import (
    AuditEntry,
    Country,
    NumberSequence,
    OfficeProfile,
    Sector,
    Stage,
    User,
)
from secretariat.storage.models.safety import SafetySetting

__all__ = [
    "Account",
    "Activity",
    "Agreement",
    "AgreementArticle",
    "AgreementPartner",
    "Assessment",
    "Attachment",
    "AuditEntry",
    "Base",
    "BudgetLine",
    "Contact",
    "Country",
    "Delegation",
    "DocumentChunk",
    "DocumentContent",
    "DraftVersion",
    "Evaluation",
    "ExchangeRate",
    "FiscalYear",
    "Gift",
    "ImpactIndicator",
    "ImpactRules",
    "Indicator",
    "IndicatorTarget",
    "ItineraryItem",
    "Member",
    "NumberSequence",
    "OfficeProfile",
    "Official",
    "Packet",
    "Partner",
    "PartnerCondition",
    "PerDiemRate",
    "PermitStep",
    "RecordMixin",
    "SafetySetting",
    "Sector",
    "Stage",
    "StageChange",
    "Transaction",
    "TravelCostRate",
    "User",
    "VersionMixin",
    "agreement_sector",
]

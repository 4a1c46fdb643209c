from enum import StrEnum


class CategoryEnum(StrEnum):
    ARCHITECTURE = "architecture"
    BUSINESS = "business"
    DESIGN = "design"
    ECONOMICS = "economics"
    EDUCATION = "education"
    ENTERTAINMENT = "entertainment"
    ENTREPRENEURSHIP = "entrepreneurship"
    ENVIRONMENT = "environment"
    FAMILY = "family"
    FINANCE = "finance"
    HEALTH = "health"
    HISTORY = "history"
    INSPIRATION = "inspiration"
    LEGAL = "legal"
    LITERATURE = "literature"
    MUSIC = "music"
    NEWS = "news"
    OTHER = "other"
    PARENTING = "parenting"
    PERSONAL = "personal"
    PHILOSOPHY = "philosophy"
    POLITICS = "politics"
    PSYCHOLOGY = "psychology"
    REAL = "real"
    ROMANTIC = "romantic"
    SCIENCE = "science"
    SOCIAL = "social"
    SPIRITUAL = "spiritual"
    SPORTS = "sports"
    TECHNOLOGY = "technology"
    TRAVEL = "travel"
    WEATHER = "weather"
    WORK = "work"

    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CategoryEnum | None":
        # Forward compatibility (omi-client custom template): the server may send a value this
        # client predates. Keep it as a pseudo-member so parsing succeeds and it round-trips.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

"""Who is calling: developer API keys (`omi_dev_` + 32 hex, with scopes) and Firebase ID tokens.

The fake mints its own Firebase-style tokens (HS256 JWTs signed with a per-store secret), so
`/v1/dev/keys*` can be exercised end to end without Google. The rules (docs/fidelity.md, AUTH-*,
SCOPE-*, KEY-*) follow backend/dependencies.py `get_api_key_auth` and `get_current_user_id`,
backend/database/dev_api_key.py and FastAPI 0.121's HTTPBearer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ._clock import Clock
from ._errors import HTTPError
from ._store import Doc, Store

DEFAULT_UID = "fake-user"  # the user of the ready key a fake starts with
KEY_RE = re.compile(r"omi_dev_[0-9a-f]{32}")
RESOURCES = ("conversations", "memories", "action_items", "goals")
#: Every scope, in the real server's canonical order (utils/scopes.py AVAILABLE_SCOPES).
SCOPES = tuple(f"{r}:{a}" for r in RESOURCES for a in ("read", "write"))
#: What a key created without scopes gets (READ_ONLY_SCOPES), in canonical order.
READ_SCOPES = tuple(s for s in SCOPES if s.endswith(":read"))
#: How long a key stays in the real server's auth cache (redis_db cache_dev_api_key ttl).
AUTH_CACHE_SECONDS = 3600

MISSING_HEADER = "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"
INVALID_KEY = "Invalid API Key"
MCP_KEY = (
    "MCP API keys (omi_mcp_...) only authenticate the MCP endpoints under /v1/mcp/ (for example "
    "GET /v1/mcp/memories, GET /v1/mcp/conversations) and the MCP server at /v1/mcp/sse. This "
    "endpoint requires a Developer API key (Settings -> Developer -> Create Key)."
)
NOT_AUTHENTICATED = "Not authenticated"
BAD_CREDENTIALS = "Invalid authentication credentials"


@dataclass(frozen=True, slots=True)
class Principal:
    uid: str
    key_id: str
    scopes: frozenset[str]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def canonical_scopes(scopes: Iterable[str]) -> list[str]:
    """Known scopes, deduplicated, in canonical order (normalize_api_key_scopes)."""
    given = set(scopes)
    return [s for s in SCOPES if s in given]


def effective_scopes(scopes: list[str] | None) -> frozenset[str]:
    """What a stored key may do: None (a legacy key) reads; a list grants exactly its scopes, so
    an empty list grants nothing (utils/scopes.py has_scope)."""
    return frozenset(READ_SCOPES if scopes is None else canonical_scopes(scopes))


class Auth:
    """Keys and tokens, backed by the store (kind "key", grouped by owner)."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        secret = store.meta("firebase_secret")
        if secret is None:
            secret = store.token(32)
            store.set_meta("firebase_secret", secret)
        self._secret = secret.encode()
        self._by_hash: dict[str, tuple[str, str]] = {
            doc["key_hash"]: (uid, doc["id"]) for uid, doc in store.each("key")
        }
        self._cached_until: dict[str, float] = {}  # key id -> when its auth-cache entry expires

    # -- developer keys -------------------------------------------------------------------------
    def create_key(
        self, uid: str, name: str, scopes: list[str] | None, key: str | None = None
    ) -> Doc:
        """Store a new key (no scopes given: the read scopes). Returns the stored document plus
        ``key``, the plaintext, which is never shown again."""
        key = key or f"omi_dev_{self.store.token(16)}"
        if not KEY_RE.fullmatch(key):
            raise ValueError(f"a developer key looks like omi_dev_ + 32 hex, not {key!r}")
        secret = key[len("omi_dev_") :]
        doc: Doc = {
            "id": self.store.new_id(),
            "name": name,
            "key_prefix": f"omi_dev_{secret[:4]}...{secret[-4:]}",
            "created_at": self.clock.iso(),
            "last_used_at": None,
            "scopes": list(READ_SCOPES) if scopes is None else canonical_scopes(scopes),
            "key_hash": _hash(key),
        }
        with self.store.lock:
            self.store.put("key", uid, doc)
            self._by_hash[doc["key_hash"]] = (uid, doc["id"])
        return {**doc, "key": key}

    def revoke(self, uid: str, key_id: str) -> bool:
        """Delete the user's key; False (and nothing happens) when it is not theirs or not there."""
        with self.store.lock:
            doc = self.store.get("key", uid, key_id)
            if doc is None:
                return False
            self.store.delete("key", uid, key_id)
            self._by_hash.pop(doc["key_hash"], None)
            self._cached_until.pop(key_id, None)
            return True

    def lookup(self, key: str) -> Doc | None:
        """The stored key document for a plaintext key, if it exists."""
        owner = self._by_hash.get(_hash(key))
        return self.store.get("key", *owner) if owner else None

    def dev_key(self, header: str | None) -> Principal:
        """The caller of a /v1/dev/user route, or 401. The key is the header with every "Bearer "
        removed and nothing stripped, so `Bearer  <key>` (two spaces) is an invalid key."""
        if not header or not header.startswith("Bearer "):
            raise HTTPError(401, MISSING_HEADER)
        token = header.replace("Bearer ", "")
        if token.startswith("omi_mcp_"):
            raise HTTPError(401, MCP_KEY)
        owner = self._by_hash.get(_hash(token)) if KEY_RE.fullmatch(token) else None
        doc = self.store.get("key", *owner) if owner else None
        if owner is None or doc is None:
            raise HTTPError(401, INVALID_KEY)
        now = self.clock.time()
        if now >= self._cached_until.get(doc["id"], float("-inf")):
            # An auth-cache miss reads the key from the database and stamps last_used_at.
            self._cached_until[doc["id"]] = now + AUTH_CACHE_SECONDS
            doc["last_used_at"] = self.clock.iso()
            self.store.put("key", owner[0], doc)
        return Principal(uid=owner[0], key_id=doc["id"], scopes=effective_scopes(doc["scopes"]))

    def forget_cache(self) -> None:
        """Empty the auth cache (the next use of every key stamps last_used_at again)."""
        self._cached_until.clear()

    # -- Firebase ID tokens ---------------------------------------------------------------------
    def firebase_token(self, uid: str) -> str:
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        claims = {"iss": "fake-omi", "sub": uid, "user_id": uid, "iat": int(self.clock.time())}
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self._secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"

    def firebase_uid(self, header: str | None) -> str:
        """The user behind a Firebase ID token, answered as FastAPI 0.121's HTTPBearer and
        get_current_user_id do: no credentials or another scheme 403, a bad token 401."""
        scheme, _, credentials = (header or "").partition(" ")
        if not (header and scheme and credentials):
            raise HTTPError(403, NOT_AUTHENTICATED)
        if scheme.lower() != "bearer":
            raise HTTPError(403, BAD_CREDENTIALS)
        try:
            head, payload, signature = credentials.split(".")
            want = hmac.new(self._secret, f"{head}.{payload}".encode(), hashlib.sha256).digest()
            if not hmac.compare_digest(want, _unb64(signature)):
                raise ValueError("bad signature")
            uid = json.loads(_unb64(payload))["user_id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise HTTPError(401, BAD_CREDENTIALS) from exc
        if not isinstance(uid, str) or not uid:
            raise HTTPError(401, BAD_CREDENTIALS)
        return uid

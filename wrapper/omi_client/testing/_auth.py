"""Who is calling: developer API keys (`omi_dev_` + 32 hex, with scopes) and Firebase ID tokens.

The fake mints its own Firebase-style tokens (HS256 JWTs signed with a per-store secret), so
`/v1/dev/keys*` can be exercised end to end without Google.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass

from ._clock import Clock
from ._errors import HTTPError
from ._store import Doc, Store

DEFAULT_UID = "fake-user"  # the user of the ready key a fake starts with
KEY_RE = re.compile(r"omi_dev_[0-9a-f]{32}")
RESOURCES = ("conversations", "memories", "action_items", "goals")
SCOPES = tuple(f"{r}:{a}" for r in RESOURCES for a in ("read", "write"))
READ_ONLY = frozenset(s for s in SCOPES if s.endswith(":read"))

MISSING_HEADER = "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"
INVALID_KEY = "Invalid API Key"
FIREBASE_MISSING = "Authorization header not found"
FIREBASE_INVALID = "Invalid authorization token"


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


def effective_scopes(scopes: list[str] | None) -> frozenset[str]:
    """A key without scopes is read-only; unknown scope names grant nothing."""
    return frozenset(s for s in scopes if s in SCOPES) if scopes else READ_ONLY


def key_view(doc: Doc) -> Doc:
    """The DevApiKey shape (never the secret)."""
    fields = ("id", "name", "key_prefix", "created_at", "last_used_at", "scopes")
    return {name: doc.get(name) for name in fields}


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

    # -- developer keys -------------------------------------------------------------------------
    def create_key(
        self, uid: str, name: str, scopes: list[str] | None, key: str | None = None
    ) -> Doc:
        """Store a new key; returns the DevApiKeyCreated shape (the only time `key` is shown)."""
        key = key or f"omi_dev_{self.store.token(16)}"
        if not KEY_RE.fullmatch(key):
            raise ValueError(f"a developer key looks like omi_dev_ + 32 hex, not {key!r}")
        doc: Doc = {
            "id": self.store.new_id(),
            "name": name,
            "key_prefix": key[:12],
            "created_at": self.clock.now().isoformat(),
            "last_used_at": None,
            "scopes": scopes,
            "key_hash": _hash(key),
        }
        with self.store.lock:
            self.store.put("key", uid, doc)
            self._by_hash[doc["key_hash"]] = (uid, doc["id"])
        return {**key_view(doc), "key": key}

    def revoke(self, uid: str, key_id: str) -> bool:
        with self.store.lock:
            doc = self.store.get("key", uid, key_id)
            if doc is None:
                return False
            self.store.delete("key", uid, key_id)
            self._by_hash.pop(doc["key_hash"], None)
            return True

    def lookup(self, key: str) -> Doc | None:
        """The stored key document for a plaintext key, if it exists."""
        owner = self._by_hash.get(_hash(key))
        return self.store.get("key", *owner) if owner else None

    def dev_key(self, header: str | None) -> Principal:
        """The caller of a /v1/dev/user route, or 401."""
        if not header or not header.startswith("Bearer "):
            raise HTTPError(401, MISSING_HEADER)
        key = header[7:].strip()
        owner = self._by_hash.get(_hash(key)) if KEY_RE.fullmatch(key) else None
        doc = self.store.get("key", *owner) if owner else None
        if owner is None or doc is None:
            raise HTTPError(401, INVALID_KEY)
        # In memory only: a write per request would cost too much.
        doc["last_used_at"] = self.clock.now().isoformat()
        return Principal(uid=owner[0], key_id=doc["id"], scopes=effective_scopes(doc["scopes"]))

    # -- Firebase ID tokens ---------------------------------------------------------------------
    def firebase_token(self, uid: str) -> str:
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        iat = int(self.clock.time())
        claims = {"iss": "fake-omi", "sub": uid, "user_id": uid, "iat": iat}
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self._secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"

    def firebase_uid(self, header: str | None) -> str:
        """The user behind a Firebase ID token, or 401 (the real server's wording)."""
        if not header:
            raise HTTPError(401, FIREBASE_MISSING)
        parts = header.split(" ")
        if len(parts) != 2 or parts[0] != "Bearer":
            raise HTTPError(401, FIREBASE_INVALID)
        try:
            head, payload, signature = parts[1].split(".")
            want = hmac.new(self._secret, f"{head}.{payload}".encode(), hashlib.sha256).digest()
            if not hmac.compare_digest(want, _unb64(signature)):
                raise ValueError("bad signature")
            uid = json.loads(_unb64(payload))["user_id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise HTTPError(401, FIREBASE_INVALID) from exc
        if not isinstance(uid, str) or not uid:
            raise HTTPError(401, FIREBASE_INVALID)
        return uid

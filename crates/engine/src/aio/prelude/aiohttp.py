# The simulated aiohttp (shared/reference/README.md, "Simulated network"):
# latency and status are fixed functions of the URL, and the only suspension
# point is one `await asyncio.sleep(latency(url))` when a request is entered.
# Behaviour must match the reference simulation exactly, so this follows it
# line by line.

import asyncio

__all__ = (
    "ClientError", "ClientConnectionError", "ClientConnectorError",
    "ClientResponseError", "ClientTimeout", "ClientSession", "ClientResponse",
    "RequestInfo",
)

__version__ = "0.0-sim"


# ---------------------------------------------------------------------------
# The two rules.

def _latency(url):
    """(1 + byte sum of the UTF-8 URL, mod 10) / 10 -> 0.1 .. 1.0 s."""
    return (1 + sum(url.encode("utf-8")) % 10) / 10


def _path(url):
    """Drop everything up to and including the first '://', cut at the first
    '?' or '#', and return what follows the first '/' (the '/' included),
    or '' when there is no '/'."""
    rest = url.split("://", 1)[1] if "://" in url else url
    for sep in ("?", "#"):
        rest = rest.split(sep, 1)[0]
    i = rest.find("/")
    return rest[i:] if i >= 0 else ""


def _status(url):
    path = _path(url)
    return 404 if ("missing" in path or "404" in path) else 200


_REASONS = {200: "OK", 404: "Not Found"}


# ---------------------------------------------------------------------------
# Exceptions.

class ClientError(Exception):
    """Base class of every aiohttp client exception."""


class ClientConnectionError(ClientError):
    """Never raised by the simulation; defined for `except` clauses."""


class ClientConnectorError(ClientConnectionError):
    """Never raised by the simulation; defined for `except` clauses."""


class RequestInfo:
    def __init__(self, url, method, real_url):
        self.url = url
        self.method = method
        self.real_url = real_url

    def __repr__(self):
        return f"RequestInfo(url='{self.url}', method='{self.method}')"


class ClientResponseError(ClientError):
    def __init__(self, request_info, history=(), *, status=None, message="",
                 headers=None):
        self.request_info = request_info
        self.status = status if status is not None else 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return (f"{self.status}, message='{self.message}', "
                f"url='{self.request_info.real_url}'")

    def __repr__(self):
        return (f"ClientResponseError(status={self.status}, "
                f"message='{self.message}', "
                f"url='{self.request_info.real_url}')")


# ---------------------------------------------------------------------------
# Configuration objects (accepted, ignored).

class ClientTimeout:
    """Accepted and ignored: simulated requests never time out by
    themselves (use asyncio.wait_for / asyncio.timeout)."""

    def __init__(self, total=None, connect=None, sock_read=None,
                 sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (f"ClientTimeout(total={self.total!r}, "
                f"connect={self.connect!r}, sock_read={self.sock_read!r}, "
                f"sock_connect={self.sock_connect!r}, "
                f"ceil_threshold={self.ceil_threshold!r})")


# ---------------------------------------------------------------------------
# Responses.

class ClientResponse:
    def __init__(self, method, url):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = _status(url)
        self.reason = _REASONS[self.status]
        self.content_type = "text/html"
        self.headers = {"Content-Type": "text/html; charset=utf-8"}
        self.history = ()

    @property
    def ok(self):
        return self.status < 400

    def _body(self):
        return f"<html>{self.url}</html>"

    async def text(self, encoding=None, errors="strict"):
        return self._body()

    async def read(self):
        return self._body().encode("utf-8")

    async def json(self, *, encoding=None, loads=None,
                   content_type="application/json"):
        return {"url": self.url, "status": self.status}

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(
                RequestInfo(self.url, self.method, self.url), (),
                status=self.status, message=self.reason,
                headers=self.headers)

    def release(self):
        pass

    def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"


class _RequestContextManager:
    """What session.get()/post()/request() return: usable both as
    `async with session.get(url) as response:` and as
    `response = await session.get(url)`."""

    __slots__ = ("_session", "_method", "_url", "_raise", "_resp")

    def __init__(self, session, method, url, raise_for_status):
        self._session = session
        self._method = method
        self._url = url
        self._raise = raise_for_status
        self._resp = None

    async def _request(self):
        if self._session.closed:
            raise RuntimeError("Session is closed")
        await asyncio._request_sleep(_latency(self._url), f"{self._method} {self._url}")   # the one suspension
        resp = ClientResponse(self._method, self._url)
        if self._raise:
            resp.raise_for_status()
        self._resp = resp
        return resp

    def __await__(self):
        return self._request().__await__()

    async def __aenter__(self):
        return await self._request()

    async def __aexit__(self, exc_type, exc, tb):
        if self._resp is not None:
            self._resp.release()


# ---------------------------------------------------------------------------
# The session.

class ClientSession:
    """Every constructor argument is accepted and ignored, except
    raise_for_status=True (4xx responses raise ClientResponseError when the
    request is entered)."""

    def __init__(self, *args, raise_for_status=False, **kwargs):
        self._raise_for_status = bool(raise_for_status)
        self._closed = False

    @property
    def closed(self):
        return self._closed

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def request(self, method, url, *, raise_for_status=None, **kwargs):
        if raise_for_status is None:
            raise_for_status = self._raise_for_status
        return _RequestContextManager(self, str(method).upper(), str(url),
                                      bool(raise_for_status))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, data=None, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)

    def options(self, url, **kwargs):
        return self.request("OPTIONS", url, **kwargs)

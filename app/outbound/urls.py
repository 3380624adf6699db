"""Which endpoint URLs Rejoinder may call: no server-side request forgery through them.

A URL is checked when it is registered and again before every delivery, because what a name
resolves to can change in between. Every address a host resolves to must be allowed: an
attacker's name that resolves to one public and one private address would otherwise let
the private one through on some attempts. The delivery then connects to an address that was
checked (`pinned`), so a name that answers a public address to the check and a private one
to the connection (DNS rebinding) reaches nothing it should not.
"""

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]


@dataclass(frozen=True, slots=True)
class UrlPolicy:
    """Which non-public addresses the URLs Rejoinder calls may reach (the settings
    `outbound_allow_loopback` and `outbound_allow_private`)."""

    allow_loopback: bool
    allow_private: bool


class RefusedURLError(ValueError):
    """The URL may not be called; the message says why, fit to show the tenant."""


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as error:
        raise RefusedURLError(f"the host {host!r} does not resolve") from error
    return [str(info[4][0]) for info in infos]


# The settings that open these doors, named in the refusals so a newcomer finds them.
ALLOW_LOOPBACK = "REJOINDER_OUTBOUND_ALLOW_LOOPBACK"
ALLOW_PRIVATE = "REJOINDER_OUTBOUND_ALLOW_PRIVATE"


def check_url(
    url: str,
    *,
    allow_loopback: bool,
    allow_private: bool,
    resolver: Resolver = resolve,
) -> list[IPAddress]:
    """Raise RefusedURLError unless `url` may receive deliveries under these settings;
    the addresses its host resolved to, every one of them allowed."""
    scheme, host, port = _parts(url)
    addresses = [_address(raw) for raw in resolver(host, port)]
    if not addresses:
        raise RefusedURLError(f"the host {host!r} does not resolve")
    judged = [judged_address(address) for address in addresses]
    loopback = all(address.is_loopback for address in judged)
    if scheme == "http" and not (loopback and allow_loopback):
        raise RefusedURLError(
            "use https: plain http is allowed only to loopback in development"
            + (f" ({ALLOW_LOOPBACK}=true)" if loopback else "")
        )
    for address in judged:
        if address.is_loopback:
            if not allow_loopback:
                raise RefusedURLError(
                    f"{host!r} resolves to a loopback address; {ALLOW_LOOPBACK}=true allows "
                    "it in development"
                )
        elif _never_allowed(address):
            # No setting opens these: 0.0.0.0 connects to this host's own services, and
            # link-local holds the cloud metadata address.
            raise RefusedURLError(
                f"{host!r} resolves to an unspecified, multicast, link-local or reserved address"
            )
        elif not address.is_global and not allow_private:
            raise RefusedURLError(
                f"{host!r} resolves to a private or reserved address; {ALLOW_PRIVATE}=true "
                "allows private networks"
            )
    return addresses


# 0.0.0.0/8 is "this network": 0.0.0.0 itself reaches the local host on Linux.
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
# NAT64: the well-known prefix (RFC 6052) carries an IPv4 address in its last 32 bits; the
# local-use prefix (RFC 8215) spreads it around the u-octet, so it is refused whole below.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
# SIIT's IPv4-translated form (RFC 2765) ::ffff:0:a.b.c.d, and the deprecated
# IPv4-compatible form ::a.b.c.d.
_SIIT = ipaddress.ip_network("::ffff:0:0:0/96")
_COMPATIBLE = ipaddress.ip_network("::/96")


def judged_address(address: IPAddress) -> IPAddress:
    """The address whose kind decides: the IPv4 address an IPv6 one carries (IPv4-mapped,
    SIIT, NAT64, 6to4, IPv4-compatible, Teredo's server), else the address itself. A
    gateway or the kernel delivers such an address to the IPv4 one it embeds."""
    if isinstance(address, ipaddress.IPv4Address):
        return address
    if address.is_loopback or address.is_unspecified:
        return address
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _SIIT or address in _NAT64 or address in _COMPATIBLE:
        return low32
    if address in _NAT64_LOCAL:
        return ipaddress.IPv4Address("240.0.0.0")  # reserved: refused whatever it embeds
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        # Either end of the tunnel may be what it reaches: judge the worse of the two.
        server, client = address.teredo
        return next((end for end in (client, server) if not end.is_global), client)
    return address


def _never_allowed(address: IPAddress) -> bool:
    return (
        address.is_unspecified
        or address.is_multicast
        or address.is_reserved
        or address.is_link_local
        or (isinstance(address, ipaddress.IPv4Address) and address in _THIS_NETWORK)
    )


@dataclass(frozen=True)
class PinnedRequest:
    """A request to a URL's host, sent to one address chosen in advance."""

    url: str
    headers: dict[str, str]
    extensions: dict[str, str]


def pinned(url: str, address: IPAddress) -> PinnedRequest:
    """`url` rewritten to connect to `address`; the Host header and the TLS server name still
    say the URL's host, so virtual hosting and certificate checks work as for the name."""
    parts = urlsplit(url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    https = parts.scheme.lower() == "https"
    return PinnedRequest(
        url=urlunsplit(parts._replace(netloc=netloc)),
        headers={"host": parts.netloc},
        extensions={"sni_hostname": parts.hostname or ""} if https else {},
    )


def checked_target(
    url: str,
    *,
    allow_loopback: bool,
    allow_private: bool,
    resolver: Resolver = resolve,
) -> PinnedRequest:
    """`check_url`, then the request pinned to the first address it approved: a second
    lookup at connection time could answer another one."""
    addresses = check_url(
        url, allow_loopback=allow_loopback, allow_private=allow_private, resolver=resolver
    )
    return pinned(url, addresses[0])


def check_url_form(url: str, *, allow_loopback: bool, allow_private: bool) -> None:
    """What can be judged without asking DNS: the scheme, credentials, and an address written
    into the URL. A host name is judged by `check_url` when the URL is called."""
    scheme, host, _ = _parts(url)
    if host.lower() == "localhost":
        literal = ["127.0.0.1"]
    else:
        try:
            _address(host)
        except ValueError:
            if scheme == "http":
                raise RefusedURLError(
                    "use https: plain http is allowed only to loopback in development"
                ) from None
            return
        literal = [host]
    check_url(
        url, allow_loopback=allow_loopback, allow_private=allow_private, resolver=lambda *_: literal
    )


def _parts(url: str) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise RefusedURLError("the URL cannot be parsed") from error
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise RefusedURLError("use an https URL")
    if parts.username is not None or parts.password is not None:
        # Credentials in a URL end up in logs and in the deliveries list.
        raise RefusedURLError("the URL may not carry a user name or password")
    if not parts.hostname:
        raise RefusedURLError("the URL has no host")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


def _address(raw: str) -> IPAddress:
    # A scoped IPv6 address ("fe80::1%eth0") carries its zone after a percent sign.
    address = ipaddress.ip_address(raw.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it maps to.
        return address.ipv4_mapped
    return address

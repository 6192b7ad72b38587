#!/bin/sh
# Verifies a Forewarn delivery receipt offline, with nothing but OpenSSL (1.1.1 or later).
#
#   scripts/verify-receipt.sh JWS X
#
#   JWS  the receipt's "jws" (GET /api/v1/warnings/{id}/receipt)
#   X    the "x" member of the signing key's JWK (GET /api/v1/signing-key)
#
# Prints the signed payload (the canonical JSON of what was delivered) and "Signature Verified
# Successfully", or fails with a non-zero exit code.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 JWS X" >&2
  exit 2
fi
jws=$1
x=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

b64url_decode() {
  # base64url -> base64 with padding -> bytes
  s=$(printf '%s' "$1" | tr '_-' '/+')
  case $(( ${#s} % 4 )) in
    2) s="$s==" ;;
    3) s="$s=" ;;
  esac
  printf '%s' "$s" | base64 -d
}

header=$(printf '%s' "$jws" | cut -d. -f1)
payload=$(printf '%s' "$jws" | cut -d. -f2)
signature=$(printf '%s' "$jws" | cut -d. -f3)

alg=$(b64url_decode "$header" | sed -n 's/.*"alg":"\([^"]*\)".*/\1/p')
if [ "$alg" != "EdDSA" ]; then
  echo "unexpected JWS algorithm: $alg" >&2
  exit 1
fi

# The signature covers the ASCII of "header.payload", exactly as they appear in the JWS.
printf '%s.%s' "$header" "$payload" > "$work/signing-input"
b64url_decode "$signature" > "$work/signature"
# An Ed25519 public key in DER is a fixed 12-byte prefix followed by the raw 32-byte key (x).
printf '\060\052\060\005\006\003\053\145\160\003\041\000' > "$work/public.der"
b64url_decode "$x" >> "$work/public.der"

echo "Signed payload:"
b64url_decode "$payload"
echo
openssl pkeyutl -verify -pubin -inkey "$work/public.der" -keyform DER -rawin \
  -in "$work/signing-input" -sigfile "$work/signature"

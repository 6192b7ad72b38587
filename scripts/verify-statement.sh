#!/usr/bin/env bash
# Verifies a Forewarn statement of record offline, with bash, jq and OpenSSL (1.1.1 or later).
#
#   scripts/verify-statement.sh bundle.json [PUBLISHED_KEY_ID]
#
#   bundle.json       the statement's bundle (GET /api/v1/statements/{id}/bundle, or the console's
#                     "Download the verifiable bundle")
#   PUBLISHED_KEY_ID  optional: the key id (JWK thumbprint) the issuer publishes, from a source you
#                     trust other than the bundle itself; the bundle's key must be that key
#
# Checks that the receipt's signature verifies with the bundle's public key (scripts/verify-receipt.sh),
# that the key id is the key's RFC 7638 thumbprint and the one in the JWS header (and the published one,
# if given), that the signed payload's releasableText is the text the statement quotes and that the
# statement contains it, and that the payload's reference, recipient and delivery time are the bundle's.
# Prints each check, then "OK" (exit 0) or what failed (exit 1); exit 2 for a usage or tool problem.
set -uo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 bundle.json [PUBLISHED_KEY_ID]" >&2
  exit 2
fi
bundle=$1
published=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
for tool in jq openssl base64; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$0 needs $tool" >&2; exit 2; }
done
if ! jq -e 'type == "object"' "$bundle" >/dev/null 2>&1; then
  echo "$bundle is not a JSON document" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=()
check() { # check DESCRIPTION CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then
    echo "ok      $1"
  else
    echo "FAILED  $1"
    failures+=("$1")
  fi
}
field() { jq -r "$1 // empty" "$bundle"; }
b64url_decode() {
  s=$(printf '%s' "$1" | tr '_-' '/+')
  case $(( ${#s} % 4 )) in
    2) s="$s==" ;;
    3) s="$s=" ;;
  esac
  printf '%s' "$s" | base64 -d
}
b64url_encode() { base64 | tr -d '\n=' | tr '+/' '-_'; }

[ "$(field .type)" = "forewarn.statement-of-record/v1" ]; check "the bundle is a Forewarn statement of record (type $(field .type))" $?

jws=$(field .receipt.jws)
x=$(field .publicKey.x)
kid=$(field .publicKey.kid)

# 1-2. The signature, with the public key in the bundle.
"$here/verify-receipt.sh" "$jws" "$x" > "$work/verify-receipt.out" 2>&1
signature=$?
check "the receipt's signature verifies with the public key in the bundle (Ed25519)" $signature

# 3. The key: its id is its thumbprint, the JWS names it, and (if given) it is the published one.
thumbprint=$(printf '{"crv":"Ed25519","kty":"OKP","x":"%s"}' "$x" | openssl dgst -sha256 -binary | b64url_encode)
[ -n "$kid" ] && [ "$thumbprint" = "$kid" ]; check "the key id $kid is the RFC 7638 thumbprint of the public key" $?
header_kid=$(b64url_decode "$(printf '%s' "$jws" | cut -d. -f1)" | jq -r '.kid // empty' 2>/dev/null || true)
[ "$header_kid" = "$kid" ]; check "the JWS header names that key (kid $header_kid)" $?
if [ -n "$published" ]; then
  [ "$published" = "$thumbprint" ]; check "the key is the one the issuer publishes ($published)" $?
else
  echo "note    compare the key id $thumbprint with the one the issuer publishes (or pass it as the second argument)"
fi

# 4-5. What the signed payload says against what the bundle says.
b64url_decode "$(printf '%s' "$jws" | cut -d. -f2)" > "$work/payload.json" 2>/dev/null || true
if jq -e 'type == "object"' "$work/payload.json" >/dev/null 2>&1; then
  same() { # same PAYLOAD-PATH BUNDLE-PATH
    jq -e -n --slurpfile p "$work/payload.json" --slurpfile b "$bundle" \
      "(\$p[0] | $1) as \$signed | (\$b[0] | $2) as \$claimed | \$signed != null and \$signed == \$claimed" \
      >/dev/null
  }
  same .releasableText .quotedText; check "the signed releasableText is the text the statement quotes" $?
  jq -e '(.statement | type) == "string" and (.quotedText | type) == "string" and (.quotedText | length) > 0
         and (.statement | contains($b[0].quotedText))' --slurpfile b "$bundle" "$bundle" >/dev/null
  check "the statement contains that text, character for character" $?
  same .reference .warning.reference; check "the signed reference is the bundle's ($(field .warning.reference))" $?
  same .recipient.name .warning.recipient; check "the signed recipient is the bundle's ($(field .warning.recipient))" $?
  same .deliveredAt .warning.deliveredAt; check "the signed delivery time is the bundle's ($(field .warning.deliveredAt))" $?
else
  check "the JWS payload is a JSON receipt" 1
fi

if [ ${#failures[@]} -eq 0 ]; then
  echo "OK: the statement quotes exactly the text the signed receipt proves was delivered to $(field .warning.recipient) at $(field .warning.deliveredAt)"
  exit 0
fi
echo "NOT VERIFIED: ${#failures[@]} check(s) failed:"
printf '  - %s\n' "${failures[@]}"
exit 1

// Keyed hashes for signing API calls, as business code writes them: HA_HMAC_MD5_128
// (named as HA_MD5_128 names MD5) and HA_HMAC_SHA3_224/256/384/512 were unknown (an empty
// variant: "unknown hash algorithm"); INFERRED names, docs/builtins.md "Encoding and
// hashing". The values are the published HMAC test vectors (key "key", the fox sentence).
sMessage is string = "The quick brown fox jumps over the lazy dog"
Trace(Signature(HA_HMAC_MD5_128, sMessage, "key")) // expect: 80070713463e7749b90c2dc24911e275
Trace(Signature(HA_HMAC_MD5, sMessage, "key") = Signature(HA_HMAC_MD5_128, sMessage, "key")) // expect: 1
Trace(Signature(HA_HMAC_SHA_256, sMessage, "key")) // expect: f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
Trace(Signature(HA_HMAC_SHA3_256, sMessage, "key")) // expect: 8c6e0683409427f8931711b10ca92a506eb1fafa48fadd66d76126f47ac2c333
Trace(Length(Signature(HA_HMAC_SHA3_224, sMessage, "key")), Length(Signature(HA_HMAC_SHA3_384, sMessage, "key")), Length(Signature(HA_HMAC_SHA3_512, sMessage, "key"))) // expect: 56, 96, 128
// base64, as a web service's header wants it
Trace(Encode(HashString(HA_HMAC_SHA_256, sMessage, "key"), encodeBASE64)) // expect: 97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=

PROCEDURE Signature(nAlgo is int, sText is string, sKey is string) : string
RESULT Lower(BufferToHexa(HashString(nAlgo, sText, sKey), NoGrouping, NoLine))

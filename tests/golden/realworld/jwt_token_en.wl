// Reading a JWT token received from an OAuth server: three base64url parts separated by
// dots; the header and the payload are JSON; the expiry (exp, seconds since 1970) is
// read and the HS256 signature checked with the shared secret. Method b, FS 6 Dec 2026:
// passes as written once FromB64Url takes its text LOCAL: written without it, it padded
// and re-signed the caller's arrParts[2] (a parameter is passed by reference, an array
// element too) and the signature no longer matched, as in WINDEV; pinned below with
// FromB64UrlInPlace. French twin jeton_jwt_fr.wl.
sSecret is string = "shared-secret-key"
// the token, made as the server makes it
sHeader is string = "{""alg"":""HS256"",""typ"":""JWT""}"
sPayload is string = "{""sub"":""u-1042"",""name"":""Zoé Müller"",""roles"":[""accounting"",""admin""],""exp"":1796601600}"
sToken is string = B64Url(sHeader) + "." + B64Url(StringToUTF8(sPayload))
sToken += "." + B64Url(HashString(HA_HMAC_SHA_256, sToken, sSecret))
Trace(Length(sToken) > 100, StringCount(sToken, "."), Position(sToken, "=") = 0) // expect: 1, 2, 1

arrParts is array of strings
StringToArray(sToken, arrParts, ".")
IF arrParts..Count <> 3 THEN
	Trace("malformed token")
	RETURN
END
vHeader is Variant = JSONToVariant(FromB64Url(arrParts[1]))
jPayload is JSON = UTF8ToString(FromB64Url(arrParts[2]))
Trace(vHeader.alg, jPayload.sub, jPayload.name, jPayload.roles[2], jPayload.roles..Count) // expect: HS256, u-1042, Zoé Müller, admin, 2
// expiry: seconds since 01/01/1970
dtExp is DateTime = "19700101000000"
dtExp..Second += jPayload.exp
Trace(DateTimeToString(dtExp, "DD/MM/YYYY HH:mm:SS")) // expect: 07/12/2026 00:00:00
bExpected is Buffer = HashString(HA_HMAC_SHA_256, arrParts[1] + "." + arrParts[2], sSecret)
Trace("valid signature", B64Url(bExpected) = arrParts[3]) // expect: valid signature, 1
// a tampered token
arrParts[2] = B64Url(StringToUTF8(Replace(sPayload, "u-1042", "u-1")))
bExpected = HashString(HA_HMAC_SHA_256, arrParts[1] + "." + arrParts[2], sSecret)
Trace("tampered valid", B64Url(bExpected) = arrParts[3]) // expect: tampered valid, 0
// without LOCAL the caller's element is rewritten (padded, '_' back to '/')
arrParts[2] = "Wm_DqQ"
FromB64UrlInPlace(arrParts[2])
Trace(arrParts[2]) // expect: Wm/DqQ==

PROCEDURE B64Url(b is Buffer) : string
s is string = Encode(b, encodeBASE64NoCR)
s = Replace(Replace(s, "+", "-"), "/", "_")
WHILE Right(s, 1) = "="
	s = Left(s, Length(s) - 1)
END
RESULT s

PROCEDURE FromB64Url(LOCAL s is string) : Buffer
s = Replace(Replace(s, "-", "+"), "_", "/")
SWITCH Modulo(Length(s), 4)
	CASE 2 : s += "=="
	CASE 3 : s += "="
END
RESULT Decode(s, encodeBASE64)

PROCEDURE FromB64UrlInPlace(s is string) : Buffer
s = Replace(Replace(s, "-", "+"), "_", "/")
SWITCH Modulo(Length(s), 4)
	CASE 2 : s += "=="
	CASE 3 : s += "="
END
RESULT Decode(s, encodeBASE64)

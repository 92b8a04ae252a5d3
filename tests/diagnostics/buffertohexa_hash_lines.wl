// A request's signature written as two API guides on the web write it: the HMAC of a
// SHA-256 (32 bytes) given to BufferToHexa with NoGrouping alone. The help page
// (?1000019916) cuts every 16 bytes with CR LF, so the signature comes out on two lines
// and the server refuses it; wl check warns (WL225) and names NoLine. A third parameter,
// a variable's value or a text of 16 bytes or less says nothing.
sServiceID is string = "svc-42"
sStamp is string = "1733472000"
sSecret is string = "s3cr3t"
sSignature is string = Lower(BufferToHexa(HashString(HA_HMAC_SHA_256, sServiceID + sStamp, sSecret), NoGrouping)) // warning: WL225:30 BufferToHexa with NoGrouping (SansRegroupement) and no third parameter cuts a buffer of more than 16 bytes into lines of 16 bytes with CR LF between them (?1000019916): a hash or signature of more than 16 bytes (SHA-256, HMAC) is written on one line by BufferToHexa(h, NoGrouping, NoLine) / BufferVersHexa(h, SansRegroupement, SansLigne)
sGood is string = Lower(BufferToHexa(HashString(HA_HMAC_SHA_256, sServiceID + sStamp, sSecret), NoGrouping, NoLine))
nGroup is int = NoGrouping
Trace(sSignature, sGood, BufferToHexa("ABC", NoGrouping), BufferToHexa(sSecret, nGroup), BufferToHexa(sSecret))

// Compress and Crypt read a value's bytes by the one rule of every built-in (values.to_bytes):
// a UNICODE string's are its UTF-16 (help ?1000019916, BufferToHexa), and the round trip
// gives back a UNICODE string. Before, both modules had their own rule and compressed or
// encrypted the UNICODE string's text as Latin-1/UTF-8 (INFERRED: no page of Compress or
// Crypt speaks of UNICODE strings; the rule is the one the hashes and files follow).
u is UNICODE string = "Été 日本"
s is string = "Été 日本"
Trace(Compress(u, compressGZIP) = Compress(s, compressGZIP))   // expect: 0
Trace(BufferToHexa(Uncompress(Compress("Aé", compressGZIP)), NoLine))   // expect: 41E9
w is UNICODE string = "Aé"
Trace(BufferToHexa(Uncompress(Compress(w, compressGZIP)), NoLine))   // expect: 4100E900
r is UNICODE string = Uncompress(Compress(u))
Trace(r = u, Length(r))   // expect: 1, 6
v is Variant = Uncompress(Compress(u))
Trace(TypeVar(v) = wlUnicodeString, v)   // expect: 1, Été 日本
Trace(TypeVar(Uncompress(Compress(s))) = wlString, Uncompress(Compress(s)) = s)   // expect: 1, 1
Trace(BufferToHexa(Crypt(w, "", cryptNone, encodeNone), NoLine))   // expect: 4100E900
x is Variant = Uncrypt(Crypt(u, "pw"), "pw")
Trace(TypeVar(x) = wlUnicodeString, x = u)   // expect: 1, 1
// The password is text: the same characters give the same key whatever its type.
p is UNICODE string = "clé"
Trace(Uncrypt(Crypt("abc", p), "clé"))   // expect: abc

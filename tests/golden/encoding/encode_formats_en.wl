// Encode and Decode in each format their constants name, on RFC 4648's "foobar" (its
// base64, base32 and base16 results), and the other formats' round trips. The Encode page
// is not in the stored copy of the help: the formats' results beyond RFC 4648 are our
// decisions (docs/builtins.md "Encoding and hashing"). encodePCSoft and encodeUUEncode,
// Crypt's formats, were refused by Encode ("unknown encoding format 8").
s is string = "foobar"
Trace(Encode(s))                          // expect: Zm9vYmFy
Trace(Encode(s, encodeBASE64))            // expect: Zm9vYmFy
Trace(Encode(s, encodeBASE64NoCR))        // expect: Zm9vYmFy
Trace(Encode(s, encodeBASE32))            // expect: MZXW6YTBOI======
Trace(Encode(s, encodeHexa))              // expect: 666F6F626172
Trace(Encode(s, encodeBASE85))            // expect: W^Zp|VR8
Trace(Encode(s, encodePCSoft))            // expect: Zm9vYmFy
Trace(Encode(s, encodeUUEncode))          // expect: &9F]O8F%R
// base64 URL: - and _ for + and /, no padding
b is Buffer = HexaToBuffer("FBFFFE")
Trace(Encode(b, encodeBASE64))            // expect: +//+
Trace(Encode(b, encodeBASE64URL))         // expect: -__-
// URL: every byte but letters, digits and -_.~ as %XX (é is E9 in ANSI)
Trace(Encode("a b/é", encodeURL))         // expect: a%20b%2F%E9
// Each format decodes what it encodes
Trace(Decode("MZXW6YTBOI======", encodeBASE32))      // expect: foobar
Trace(Decode("666F6F626172", encodeHexa))            // expect: foobar
Trace(Decode("W^Zp|VR8", encodeBASE85))              // expect: foobar
Trace(Decode("Zm9vYmFy", encodePCSoft))              // expect: foobar
Trace(Decode("&9F]O8F%R", encodeUUEncode))           // expect: foobar
Trace(Decode("a%20b%2F%E9", encodeURL))              // expect: a b/é
Trace(BufferToHexa(Decode("-__-", encodeBASE64URL)))  // expect: FB FF FE
Trace(Decode("Zm9vYmFy", encodeBASE64NoCR))          // expect: foobar
// A text that is not in the format: "" and ErrorOccurred
Trace(Decode("@@@", encodeBASE32) = "", ErrorOccurred)  // expect: 1, 1
// GetUUID's two forms
Trace(Length(GetUUID(uuidFormatted)), Length(GetUUID(uuidRaw)))  // expect: 36, 32
// URLEncode and URLDecode (?3024040, ?3024041) with the UTF-8 and Unicode constants
Trace(URLEncode("café crème", encodeURLFromUTF8))            // expect: caf%C3%A9%20cr%C3%A8me
Trace(URLDecode("caf%C3%A9", encodeURLToUTF8))               // expect: café
sU is UNICODE string = URLDecode("caf%C3%A9", encodeURLToUnicode)
Trace(sU)                                                    // expect: café

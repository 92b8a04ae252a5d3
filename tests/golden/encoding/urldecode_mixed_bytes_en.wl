// URLDecode of a URL that mixes UTF-8 sequences and a stray Windows-1252 byte (a form sent
// by an old page, a link pasted by hand): each byte that is not UTF-8 is read as
// Windows-1252 where it stands, the UTF-8 sequences staying UTF-8. Before, one stray byte
// made every byte read as Windows-1252: "cafÃ© crème". INFERRED (?3024041 gives UTF-8 as
// the default and says nothing of invalid bytes), as wlinterp reads a source file.
// French twin urldecode_octets_melanges_fr.wl.
Trace(URLDecode("caf%C3%A9%20cr%E8me")) // expect: café crème
Trace(URLDecode("caf%C3%A9"), URLDecode("cr%E8me"), URLDecode("%E2%82%AC+%80")) // expect: café, crème, € €
// encodeURLToAnsi still reads every byte as Windows-1252
Trace(URLDecode("caf%C3%A9", encodeURLToAnsi)) // expect: cafÃ©

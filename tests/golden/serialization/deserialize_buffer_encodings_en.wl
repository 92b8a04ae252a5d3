// Deserialize, JSONToVariant and a JSON variable given a Buffer (fLoadBuffer's bytes)
// read them as a text file is read: a byte-order mark decides (UTF-8, UTF-16), else
// UTF-8 when the bytes are valid UTF-8, else ANSI (Windows-1252). Before, an ANSI file's
// "€" came back as the control character "\x80" and a UTF-16 file was no JSON at all
// (docs/builtins.md "Serialization"; French twin deserialise_buffer_encodages_fr.wl).
// A Buffer variable holding a JSON object or array assigned to a JSON variable is that
// JSON data; a Buffer holding other bytes is its base64 string (?1514042).
STCustomer is Structure
  sName is string
  mBalance is currency
END
c is STCustomer
sDir is string = fTempPath() + "/wl_desbuf_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "/ansi.json", "{""sName"":""Société €"",""mBalance"":12.5}", foAnsi)
bAnsi is Buffer = fLoadBuffer(sDir + "/ansi.json")
Trace(Length(bAnsi)) // expect: 37
Deserialize(c, bAnsi, psdJSON)
Trace(c.sName, Length(c.sName), c.mBalance) // expect: Société €, 9, 12.5
Trace(JSONToVariant(bAnsi).sName) // expect: Société €
fSaveText(sDir + "/utf16.json", "{""sName"":""Crème brûlée"",""mBalance"":3}", foUnicode)
bWide is Buffer = fLoadBuffer(sDir + "/utf16.json")
Trace(Length(bWide)) // expect: 76
Deserialize(c, bWide, psdJSON)
Trace(c.sName, c.mBalance, ErrorOccurred) // expect: Crème brûlée, 3, 0
fSaveBuffer(sDir + "/utf8.json", StringToUTF8("{""sName"":""Zoë"",""mBalance"":-1}"))
bUtf8 is Buffer = fLoadBuffer(sDir + "/utf8.json")
Deserialize(c, bUtf8, psdJSON)
Trace(c.sName, c.mBalance) // expect: Zoë, -1
// a Buffer variable assigned to a JSON variable
jAnswer is JSON = bUtf8
Trace(jAnswer.sName) // expect: Zoë
jOther is JSON
jOther = bAnsi
Trace(jOther.sName, jOther.mBalance) // expect: Société €, 12.5
bRaw is Buffer = "ABC"
jOther = bRaw
Trace(JSONToString(jOther)) // expect: "QUJD"
fRemoveDir(sDir, frRecursive)

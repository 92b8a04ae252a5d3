// (method b) Attachments received from an API as JSON (their content in base64) saved as
// files: a JSON variable, FOR EACH over its array, Decode(encodeBASE64), the announced
// size and SHA-256 checked, a dangerous name (..\) refused, a Buffer's 256 bytes read back
// intact. French twin pieces_jointes_json_base64_fr.wl (JSONToVariant).
sInbox is string = fTempPath() + "\wl_att_" + Random(1, 99999999)
fMakeDir(sInbox)
bufPDF is Buffer
FOR i = 0 _TO_ 255
	bufPDF += Charact(i)
END
sText is string = "Dear Ms Zoë Smith," + CR + "please find your invoice enclosed."
sJSON is string = [
{
  "sender": "accounts@example.com",
  "attachments": [
    {"name": "invoice_2025-001.pdf", "size": %1, "sha256": "%2", "content": "%3"},
    {"name": "readme.txt", "size": %4, "sha256": "%5", "content": "%6"},
    {"name": "..\\..\\autoexec.bat", "size": 3, "sha256": "", "content": "QUJD"}
  ]
}
]
sJSON = StringBuild(sJSON, Length(bufPDF), Digest(bufPDF), Encode(bufPDF, encodeBASE64NoCR), ...
	Length(StringToUTF8(sText)), Digest(StringToUTF8(sText)), Encode(StringToUTF8(sText), encodeBASE64))

jMessage is JSON = sJSON
nSaved is int
FOR EACH jPart OF jMessage.attachments
	sName is string = jPart.name
	IF Position(sName, "..") > 0 OR Position(sName, "\") > 0 OR Position(sName, "/") > 0 THEN
		Trace("refused: " + sName)
		CONTINUE
	END
	bufContent is Buffer = Decode(jPart.content, encodeBASE64)
	IF Length(bufContent) <> jPart.size OR Digest(bufContent) <> jPart.sha256 THEN
		Trace("damaged: " + sName)
		CONTINUE
	END
	IF fSaveBuffer(sInbox + "\" + sName, bufContent) THEN
		nSaved++
		Trace(sName + ": " + fSize(sInbox + "\" + sName) + " bytes")
	END
END
// expect: invoice_2025-001.pdf: 256 bytes
// expect: readme.txt: 55 bytes
// expect: refused: ..\..\autoexec.bat
Trace(nSaved + " attachment(s) saved") // expect: 2 attachment(s) saved
Trace(UTF8ToString(fLoadBuffer(sInbox + "\readme.txt")) = sText) // expect: 1
bufRead is Buffer = fLoadBuffer(sInbox + "\invoice_2025-001.pdf")
Trace(Asc(bufRead[1]), Asc(bufRead[256]), bufRead = bufPDF) // expect: 0, 255, 1
Trace(fFileExist(fTempPath() + "\autoexec.bat")) // expect: 0
fRemoveDir(sInbox, frRecursive)

PROCEDURE Digest(b is Buffer) : string
RESULT Lower(BufferToHexa(HashString(HA_SHA_256, b), NoGrouping, NoLine))

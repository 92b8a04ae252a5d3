// Settings serialized to JSON, saved with fSaveBuffer and read back with fLoadBuffer
// into Deserialize: the file holds the text's UTF-8 bytes, and Deserialize given those
// bytes (a buffer, one character per byte) reads them as UTF-8 when they are valid
// UTF-8, as a text file is read (INFERRED; docs/builtins.md "Serialize"). Before,
// "Société €" came back as "SociÃ©tÃ© â\x82¬".
STSettings is Structure
	sCompany is string
	mThreshold is currency
	arrTags is array of strings
END
stS is STSettings
stS.sCompany = "Société Générale €"
stS.mThreshold = 1500.75
ArrayAdd(stS.arrTags, "préféré")
bufJSON is Buffer
Serialize(stS, bufJSON, psdJSON)
sFile is string = CompleteDir(fTempPath()) + "wl_golden_serfile_" + Random(1, 999999999) + ".json"
fSaveBuffer(sFile, bufJSON)
stRead is STSettings
Deserialize(stRead, fLoadBuffer(sFile), psdJSON)
Trace(ErrorOccurred, stRead.sCompany, stRead.mThreshold, stRead.arrTags[1]) // expect: 0, Société Générale €, 1500.75, préféré
// in XML the same
sXML is string
Serialize(stS, sXML, psdXML)
fSaveText(sFile, sXML, foUTF8)
stXML is STSettings
Deserialize(stXML, fLoadBuffer(sFile), psdXML)
Trace(stXML.sCompany, stXML.arrTags[1]) // expect: Société Générale €, préféré
// a Latin-1 text stays as it is
stLatin is STSettings
Deserialize(stLatin, "{""sCompany"":""Caf" + Charact(233) + """}", psdJSON)
Trace(stLatin.sCompany) // expect: Café
fDelete(sFile)

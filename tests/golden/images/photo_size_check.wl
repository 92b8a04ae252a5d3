// A product catalogue's photo check, as a batch runs it before an upload: ImageInfo
// (BitmapInfo before WINDEV 2025 Update 2) gives "format TAB width TAB height TAB bits
// per pixel" from the file's header (?3029015, ?1410091104), read with ExtractString and
// Val as the page's example does; "BAD" and three TABs for a missing file or an unknown
// format. The headers are written by the test itself (HexaToBuffer, fSaveBuffer).
sFolder is string = fTempPath() + fSep() + "wl_photos_" + GetUUID()
fMakeDir(sFolder)
// 640 x 480 PNG, 8 bits a channel, RGB (colour type 2)
fSaveBuffer(sFolder + "\shoe.png", HexaToBuffer("89504E470D0A1A0A0000000D49484452000002800000" + "01E00802000000"))
// 1024 x 768 JPEG: an APP0 block, then its frame header (SOF0), 3 components
fSaveBuffer(sFolder + "\bag.jpg", HexaToBuffer("FFD8FFE000104A46494600010100000100010000" + "FFC0001108030004000301220002110103110100"))
// 320 x 240 GIF with a 256-colour table
fSaveBuffer(sFolder + "\logo.gif", HexaToBuffer("474946383961" + "4001F000F70000"))
// 2 x 3 BMP, 24 bits, BITMAPINFOHEADER
fSaveBuffer(sFolder + "\icon.bmp", HexaToBuffer("424D00000000000000003600000028000000" + "020000000300000001001800"))
fSaveText(sFolder + "\notes.txt", "not an image")

FOR EACH STRING sName OF "shoe.png,bag.jpg,logo.gif,icon.bmp,notes.txt,missing.jpg" SEPARATED BY ","
	sProblem is string = PhotoProblem(sFolder + "\" + sName)
	IF sProblem = "" THEN sProblem = "ok"
	Trace(sName, sProblem)
END
// expect: shoe.png, too small (640 x 480)
// expect: bag.jpg, ok
// expect: logo.gif, format GIF
// expect: icon.bmp, format BMP
// expect: notes.txt, not an image
// expect: missing.jpg, not an image
Trace(Replace(BitmapInfo(sFolder + "\logo.gif"), TAB, "/")) // expect: GIF/320/240/8
Trace(Replace(ImageInfo(sFolder + "\icon.bmp"), TAB, "/")) // expect: BMP/2/3/24
Trace(Length(ImageInfo(sFolder + "\missing.jpg")), ErrorOccurred) // expect: 6, 0
fRemoveDir(sFolder, frRecursive)

PROCEDURE PhotoProblem(sFile is string) : string
sInfo is string = ImageInfo(sFile)
sFormat is string = ExtractString(sInfo, 1, TAB)
IF sFormat = "BAD" THEN RESULT "not an image"
IF sFormat <> "JPG" AND sFormat <> "PNG" THEN RESULT "format " + sFormat
nWidth is int = Val(ExtractString(sInfo, 2, TAB))
nHeight is int = Val(ExtractString(sInfo, 3, TAB))
IF nWidth < 800 OR nHeight < 600 THEN
	RESULT StringBuild("too small (%1 x %2)", nWidth, nHeight)
END
RESULT ""

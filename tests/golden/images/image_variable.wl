// The Image type outside a window (decided, docs/builtins.md "The Image type"; page
// ?1000019650): an Image holds the image file it was given (a path, as the page's
// `MyImage = "image.png"`, or a Buffer of the file's bytes) and what its header says;
// Width, Height and BitPerPixel read it. What needs the pixels (a method such as
// .ModifyBrightness or .SaveJPEG, Width written, DrawingScale) stops the run in words:
// before, `x is Image` was a variant holding the file's name, and the method said
// "Unknown method 'ModifyBrightness' for a value of type string".
sFolder is string = fTempPath() + fSep() + "wl_image_" + GetUUID()
fMakeDir(sFolder)
// 640 x 480 PNG, 8 bits a channel, RGB
fSaveBuffer(sFolder + "\shoe.png", HexaToBuffer("89504E470D0A1A0A0000000D49484452000002800000" + "01E00802000000"))
fSaveText(sFolder + "\notes.txt", "not an image")
imgPhoto is Image
Trace(imgPhoto.Width, imgPhoto.Height) // expect: 0, 0
imgPhoto = sFolder + "\shoe.png"
Trace(imgPhoto.Width, imgPhoto..Height, imgPhoto.BitPerPixel) // expect: 640, 480, 24
imgCopy is Image = fLoadBuffer(sFolder + "\shoe.png")
Trace(imgCopy.Width, imgCopy.Height) // expect: 640, 480
imgOther is Image
imgOther..Image = sFolder + "\shoe.png"
Trace(imgOther.Height) // expect: 480
WHEN EXCEPTION IN
	imgPhoto.ModifyBrightness(50) // wl: ignore[WL103]
DO
	Trace(ExceptionInfo(errMessage)) // expect: imgPhoto.ModifyBrightness(): the Image type's methods and pixel properties need an image engine, which wlinterp does not have (?1000019650); an image file's format, width and height are read by ImageInfo(sFile) (InfoImage) or by an Image's Width, Height and BitPerPixel.
END
WHEN EXCEPTION IN
	imgPhoto.Width = 500
DO
	Trace(ExceptionInfo(errMessage)) // expect: Image..Width = ...: the Image type's methods and pixel properties need an image engine, which wlinterp does not have (?1000019650); an image file's format, width and height are read by ImageInfo(sFile) (InfoImage) or by an Image's Width, Height and BitPerPixel.
END
Trace(imgPhoto.Width) // expect: 640
WHEN EXCEPTION IN
	imgOther = sFolder + "\notes.txt"
DO
	Trace(Replace(ExceptionInfo(errMessage), sFolder, "F")) // expect: Image = 'F\notes.txt': not an image wlinterp reads (BMP, GIF, PNG, JPEG or TIFF).
END
WHEN EXCEPTION IN
	imgOther = sFolder + "\missing.png"
DO
	Trace(Replace(ExceptionInfo(errMessage), sFolder, "F")) // expect: Image = 'F\missing.png': no image file of that name can be read.
END
v is Variant = imgPhoto
WHEN EXCEPTION IN
	v.SaveJPEG(sFolder + "\out.jpg")
DO
	Trace(Left(ExceptionInfo(errMessage), 30)) // expect: Image.SaveJPEG(): the Image ty
END
fRemoveDir(sFolder, frRecursive)

// Le type Image hors d'une fenêtre (décidé, docs/builtins.md "The Image type" ; page
// ?1000019650) : une Image tient le fichier image qu'on lui a donné (un chemin, comme le
// `MonImage = "image.png"` de la page, ou un Buffer des octets du fichier) et ce que dit
// son en-tête ; Largeur, Hauteur et BitPerPixel le lisent. Ce qui demande les pixels (une
// méthode comme .ModifieLuminosité ou .SauveJPEG, Largeur écrite, DrawingScale) arrête
// l'exécution en toutes lettres : avant, `x est une Image` était un variant tenant le nom
// du fichier, et la méthode disait "Unknown method 'ModifieLuminosité' for a value of
// type string".
sDossier est une chaîne = fRepTemp() + fSep() + "wl_image_" + DonneGUID()
fRepCrée(sDossier)
// PNG de 640 x 480, 8 bits par canal, RVB
fSauveBuffer(sDossier + "\chaussure.png", HexaVersBuffer("89504E470D0A1A0A0000000D49484452000002800000" + "01E00802000000"))
fSauveTexte(sDossier + "\notes.txt", "pas une image")
imgPhoto est une Image
Trace(imgPhoto.Largeur, imgPhoto.Hauteur) // expect: 0, 0
imgPhoto = sDossier + "\chaussure.png"
Trace(imgPhoto.Largeur, imgPhoto..Hauteur, imgPhoto.BitPerPixel) // expect: 640, 480, 24
imgCopie est une Image = fChargeBuffer(sDossier + "\chaussure.png")
Trace(imgCopie.Largeur, imgCopie.Hauteur) // expect: 640, 480
imgAutre est une Image
imgAutre..Image = sDossier + "\chaussure.png"
Trace(imgAutre.Hauteur) // expect: 480
QUAND EXCEPTION DANS
	imgPhoto.ModifieLuminosité(50) // wl: ignore[WL103]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: imgPhoto.ModifieLuminosité(): the Image type's methods and pixel properties need an image engine, which wlinterp does not have (?1000019650); an image file's format, width and height are read by ImageInfo(sFile) (InfoImage) or by an Image's Width, Height and BitPerPixel.
FIN
QUAND EXCEPTION DANS
	imgPhoto.Largeur = 500
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Image..Largeur = ...: the Image type's methods and pixel properties need an image engine, which wlinterp does not have (?1000019650); an image file's format, width and height are read by ImageInfo(sFile) (InfoImage) or by an Image's Width, Height and BitPerPixel.
FIN
Trace(imgPhoto.Largeur) // expect: 640
QUAND EXCEPTION DANS
	imgAutre = sDossier + "\notes.txt"
FAIRE
	Trace(Remplace(ExceptionInfo(errMessage), sDossier, "D")) // expect: Image = 'D\notes.txt': not an image wlinterp reads (BMP, GIF, PNG, JPEG or TIFF).
FIN
QUAND EXCEPTION DANS
	imgAutre = sDossier + "\absent.png"
FAIRE
	Trace(Remplace(ExceptionInfo(errMessage), sDossier, "D")) // expect: Image = 'D\absent.png': no image file of that name can be read.
FIN
v est un Variant = imgPhoto
QUAND EXCEPTION DANS
	v.SauveJPEG(sDossier + "\sortie.jpg")
FAIRE
	Trace(Gauche(ExceptionInfo(errMessage), 30)) // expect: Image.SauveJPEG(): the Image t
FIN
fRepSupprime(sDossier, frRécursif)

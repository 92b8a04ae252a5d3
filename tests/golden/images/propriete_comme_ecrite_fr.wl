// Le refus d'une Image nomme la propriété ou la méthode comme la ligne l'écrit (le code
// d'exécution n'en connaît que le nom replié : `Image..largeur`, `Image.sauvejpeg()`
// avant ; REV, 6 déc. 2026 ; wlinterp/shown_names.py), écrite avec `..` ou `.`, lue ou
// écrite, aussi à travers un Variant.
imgPhoto est une Image
QUAND EXCEPTION DANS
	imgPhoto..Largeur = 500
FAIRE
	Trace(Gauche(ExceptionInfo(errMessage), 21)) // expect: Image..Largeur = ...:
FIN
QUAND EXCEPTION DANS
	Trace(imgPhoto..EchelleDessin)
FAIRE
	Trace(Gauche(ExceptionInfo(errMessage), 21)) // expect: Image..EchelleDessin:
FIN
QUAND EXCEPTION DANS
	imgPhoto..CouleurRemplissage = 3
FAIRE
	Trace(Gauche(ExceptionInfo(errMessage), 31)) // expect: Image..CouleurRemplissage = ...
FIN
v est un Variant = imgPhoto
QUAND EXCEPTION DANS
	v.SauveJPEG("sortie.jpg")
FAIRE
	Trace(Gauche(ExceptionInfo(errMessage), 18)) // expect: Image.SauveJPEG():
FIN
imgPhoto..BitParPixel = 8 // expect error: Image..BitParPixel = ...: the Image type's methods

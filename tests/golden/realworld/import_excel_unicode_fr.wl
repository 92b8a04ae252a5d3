// Import d'un export Excel « Texte Unicode » (UTF-16 LE avec son BOM, colonnes séparées
// par des tabulations), comme un développeur WINDEV le lit : fOuvre en lecture (encodage
// reconnu à son BOM), fLitLigne jusqu'à EOT dans une BOUCLE, ExtraitChaîne par TAB, Val
// d'un prix à virgule, fChargeTexte du fichier entier (BOM retiré). Passe tel qu'écrit.
// Jumeau anglais : excel_unicode_import_en.wl.
sFic est une chaîne = fRepTemp() + "\wl_golden_export_excel_" + Hasard(1, 99999999) + ".txt"
sContenu est une chaîne = "Réf" + TAB + "Désignation" + TAB + "Prix" + Caract(13) + Caract(10) + ...
	"A1" + TAB + "Café moulu 250 g" + TAB + "3,45" + Caract(13) + Caract(10) + ...
	"A2" + TAB + "Thé vert ""Sencha""" + TAB + "5,90" + Caract(13) + Caract(10)
fSauveTexte(sFic, sContenu, foUnicode)
bufDebut est un Buffer = fChargeBuffer(sFic)
Trace(BufferVersHexa(bufDebut[[1 A 4]], SansRegroupement))
nF est un entier = fOuvre(sFic, foLecture)
sEntete est une chaîne = fLitLigne(nF)
Trace(ExtraitChaîne(sEntete, 2, TAB))
mTotal est un monétaire
BOUCLE
	sL est une chaîne = fLitLigne(nF)
	SI sL = EOT ALORS SORTIR
	SI sL = "" ALORS CONTINUER
	Trace(ExtraitChaîne(sL, 2, TAB) + " = " + ExtraitChaîne(sL, 3, TAB))
	mTotal += Val(Remplace(ExtraitChaîne(sL, 3, TAB), ",", "."))
FIN
fFerme(nF)
Trace(mTotal)
sTout est une chaîne = fChargeTexte(sFic)
Trace(Taille(sTout), ChaîneCommencePar(sTout, "Réf"))
fSupprime(sFic)

// ce qu'il affiche
// expect: FFFE5200
// expect: Désignation
// expect: Café moulu 250 g = 3,45
// expect: Thé vert "Sencha" = 5,90
// expect: 9.35
// expect: 75, 3

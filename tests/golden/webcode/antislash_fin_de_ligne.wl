// Une instruction continuée à la ligne suivante par un '\' en fin de ligne, comme C,
// Python et les scripts shell l'écrivent (une page WEBDEV de paiements du corpus passe
// ainsi son SQL : `HExécuteRequêteSQL(dsLibellé, hRequêteSansCorrection, \`) : WLanguage
// continue une ligne par `...`. Il disait seulement "unexpected character '\\'".
sSQL est une chaîne = "SELECT Nom " + \ // expect error: a '\' at the end of a line does not carry the statement over in WLanguage (C, Python and shell write it so): end the line with ... instead
	"FROM Client"
Trace(sSQL)
